import { getRubric, rubricItems } from '../../src/shared'
import { answersFor, bestAnswer, worstAnswer } from '../shared/answer-builders'
import { ADMIN, FILLER_A, FILLER_B, REVIEWER, YEAR, useHarness } from './harness'

const h = useHarness()
const NEXT = YEAR + 1

/** Fills the year's form with `make`'s answers, submits it and has the reviewer finalize it. */
async function reviewed(openid: string, year: number, make: typeof bestAnswer) {
  const { version } = await h.ok(openid, 'submission.get', { year })
  await h.ok(openid, 'submission.saveAnswers', { year, baseVersion: version, patch: answersFor(rubricItems(getRubric(year)), make) })
  const { id } = await h.ok(openid, 'submission.submit', { year })
  return h.ok(REVIEWER, 'review.finalize', { submissionId: id })
}

describe('report.compareYears', () => {
  it('has no year before the first form’s', async () => {
    await reviewed(FILLER_A, YEAR, bestAnswer)
    const compared = await h.ok(REVIEWER, 'report.compareYears', { year: YEAR })
    expect(compared).toMatchObject({ year: YEAR, previousYear: null, previousCounted: 0, changes: [] })
    expect(compared.groups.every((g) => g.previousAverage === null)).toBe(true)
  })

  it('sets group averages and grades beside last year’s and lists the societies whose grade went up or down', async () => {
    await reviewed(FILLER_A, YEAR, bestAnswer)
    await reviewed(FILLER_B, YEAR, worstAnswer)
    await h.ok(ADMIN, 'admin.openYear', { year: NEXT })
    const down = await reviewed(FILLER_A, NEXT, worstAnswer)
    const up = await reviewed(FILLER_B, NEXT, bestAnswer)

    const compared = await h.ok(ADMIN, 'report.compareYears', { year: NEXT })
    expect(compared).toMatchObject({ year: NEXT, previousYear: YEAR, counted: 2, previousCounted: 2 })
    const a1 = compared.groups.find((g) => g.id === 'A1')!
    expect(a1.previousAverage).toBe(a1.average)
    expect(compared.grades.map((g) => [g.label, g.previousCount, g.count])).toEqual([
      ['优秀', 1, 1],
      ['良好', 0, 0],
      ['合格', 0, 0],
      ['不合格', 1, 1],
    ])
    expect(compared.changes).toEqual([
      expect.objectContaining({ societyName: '新疆计算机学会', submissionId: down.id, previousGrade: '优秀', grade: '不合格', previousTotal: 110, direction: 'down' }),
      expect.objectContaining({ societyName: '自治区植物保护学会', submissionId: up.id, previousGrade: '不合格', grade: '优秀', total: 110, direction: 'up' }),
    ])
  })

  it('leaves out a society not reviewed in both years, and one whose grade stayed', async () => {
    await reviewed(FILLER_A, YEAR, bestAnswer)
    await reviewed(FILLER_B, YEAR, worstAnswer)
    await h.ok(ADMIN, 'admin.openYear', { year: NEXT })
    await reviewed(FILLER_A, NEXT, bestAnswer)
    await h.ok(FILLER_B, 'submission.get', { year: NEXT })
    expect((await h.ok(REVIEWER, 'report.compareYears', { year: NEXT })).changes).toEqual([])
  })

  it('is for reviewers: a filler is refused, and a year not opened is NOT_FOUND', async () => {
    expect((await h.fail(FILLER_A, 'report.compareYears', { year: YEAR })).code).toBe('FORBIDDEN')
    expect((await h.fail(REVIEWER, 'report.compareYears', { year: 2030 })).code).toBe('NOT_FOUND')
  })
})
