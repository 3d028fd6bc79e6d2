import { ADMIN, FILLER_A, FILLER_B, REVIEWER, STRANGER, YEAR, useHarness } from './harness'

const h = useHarness()
const NEXT = YEAR + 1

const saveIn = async (openid: string, year: number, patch: Record<string, unknown>) => {
  const { version } = await h.ok(openid, 'submission.get', { year })
  return h.call(openid, 'submission.saveAnswers', { year, baseVersion: version, patch })
}

describe('submission.years: every year of the society, newest first', () => {
  it('lists the one year of a fresh store, open, with no form yet', async () => {
    expect(await h.ok(FILLER_A, 'submission.years', {})).toEqual({
      current: YEAR,
      years: [
        {
          year: YEAR,
          title: '自治区学会（协会、研究会）2022年度工作绩效评价自评表',
          yearStatus: 'open',
          deadline: null,
          closedReason: null,
          submission: null,
        },
      ],
    })
  })

  it('gives last year’s result (final total and grade) under the new current year, and a draft still open with its own deadline', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    await h.ok(REVIEWER, 'review.finalize', { submissionId: id })
    await h.save(FILLER_B, { 'B1.1': { checks: { a: true } } })
    await h.ok(ADMIN, 'admin.openYear', { year: NEXT })
    await h.ok(ADMIN, 'admin.updateYear', { year: YEAR, deadline: '2099-01-31', extensions: { [h.societyB.id]: '2099-02-28' } })

    const a = await h.ok(FILLER_A, 'submission.years', {})
    expect(a.current).toBe(NEXT)
    expect(a.years.map((y) => y.year)).toEqual([NEXT, YEAR])
    expect(a.years[0]).toMatchObject({ year: NEXT, yearStatus: 'open', submission: null, closedReason: null })
    expect(a.years[1]).toMatchObject({
      deadline: '2099-01-31',
      closedReason: null,
      submission: { status: 'reviewed', selfTotal: 110, finalTotal: 110, grade: '优秀' },
    })

    const b = await h.ok(FILLER_B, 'submission.years', {})
    expect(b.years[1]).toMatchObject({
      deadline: '2099-02-28',
      closedReason: null,
      submission: { status: 'draft', selfTotal: 2, finalTotal: null, grade: null },
    })
  })

  it('hides the total a reviewer has not finalized yet', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    await h.ok(REVIEWER, 'review.saveScores', { submissionId: id, baseVersion: 1, items: { 'B1.1': { finalScore: 0, comment: '未换届' } } })
    const [year] = (await h.ok(FILLER_A, 'submission.years', {})).years
    expect(year!.submission).toEqual({ status: 'submitted', selfTotal: 110, finalTotal: null, grade: null })
  })

  it('says why an unsubmitted form is closed: the deadline passed, or the year was closed', async () => {
    await h.save(FILLER_A, { 'B1.1': { checks: { a: true } } })
    await h.ok(ADMIN, 'admin.updateYear', { year: YEAR, deadline: '2022-03-31' })
    h.clock.set('2022-04-01T00:00:00.000Z')
    const message = '2022年度填报已于2022年3月31日截止'
    expect((await h.ok(FILLER_A, 'submission.years', {})).years[0]!.closedReason).toBe(message)
    expect((await h.ok(FILLER_A, 'submission.get', { year: YEAR })).closedReason).toBe(message)
    expect(await saveIn(FILLER_A, YEAR, { 'B1.2': { checks: { a: true } } })).toMatchObject({ ok: false, code: 'DEADLINE_PASSED', message })

    await h.ok(ADMIN, 'admin.closeYear', { year: YEAR })
    expect((await h.ok(FILLER_A, 'submission.years', {})).years[0]!.closedReason).toBe('2022年度已结束，不能再修改或提交')
  })

  it('gives no closed reason for a form already handed in, nor while the deadline day lasts', async () => {
    await h.ok(ADMIN, 'admin.updateYear', { year: YEAR, deadline: '2022-03-31' })
    h.clock.set('2022-03-31T15:59:00.000Z')
    expect((await h.ok(FILLER_A, 'submission.get', { year: YEAR })).closedReason).toBeNull()
    await h.submitComplete(FILLER_B)
    h.clock.set('2022-04-02T00:00:00.000Z')
    expect((await h.ok(FILLER_B, 'submission.get', { year: YEAR })).closedReason).toBeNull()
    expect((await h.ok(FILLER_B, 'submission.years', {})).years[0]!.closedReason).toBeNull()
  })

  it('is the filler’s own: a reviewer or a stranger is refused', async () => {
    expect((await h.fail(REVIEWER, 'submission.years', {})).code).toBe('FORBIDDEN')
    expect((await h.fail(STRANGER, 'submission.years', {})).code).toMatch(/FORBIDDEN|NOT_BOUND/)
  })
})

describe('an earlier year stays administrable after the next one opens', () => {
  it('takes a deadline and extensions, sends 催报, then closes; once closed it refuses every write', async () => {
    await h.save(FILLER_A, { 'B1.1': { checks: { a: true } } })
    await h.ok(ADMIN, 'admin.openYear', { year: NEXT })
    expect(await h.ok(ADMIN, 'admin.updateYear', { year: YEAR, deadline: '2099-01-31' })).toMatchObject({ year: YEAR, deadline: '2099-01-31' })
    expect((await h.ok(ADMIN, 'admin.progress', { year: YEAR })).counts).toMatchObject({ draft: 1, 'not-started': 1 })
    expect((await h.ok(ADMIN, 'admin.remind', { year: YEAR, societyIds: [h.societyA.id] })).results).toHaveLength(1)
    expect(await h.ok(ADMIN, 'admin.closeYear', { year: YEAR })).toMatchObject({ year: YEAR, status: 'closed' })

    expect(await h.fail(ADMIN, 'admin.updateYear', { year: YEAR, deadline: null })).toMatchObject({
      code: 'INVALID_STATE',
      message: '2022年度已结束，不能再修改设置',
    })
    expect(await h.fail(ADMIN, 'admin.remind', { year: YEAR, societyIds: [h.societyA.id] })).toMatchObject({ code: 'INVALID_STATE' })
    expect(await saveIn(FILLER_A, YEAR, { 'B1.2': { checks: { a: true } } })).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' })
    // The year after stays open.
    expect((await h.ok(REVIEWER, 'review.years', {})).years.map((y) => [y.year, y.status])).toEqual([
      [YEAR, 'closed'],
      [NEXT, 'open'],
    ])
    expect((await saveIn(FILLER_A, NEXT, { 'B1.1': { checks: { a: true } } })).ok).toBe(true)
  })
})

describe('admin.listSocieties takes the year whose status it shows', () => {
  it('shows the current year’s status by default, an earlier year’s when asked, and refuses a year not opened', async () => {
    await h.submitComplete(FILLER_A)
    await h.ok(ADMIN, 'admin.openYear', { year: NEXT })
    const statusOf = async (input: object) =>
      Object.fromEntries((await h.ok(ADMIN, 'admin.listSocieties', input)).societies.map((s) => [s.name, s.status]))
    expect(await statusOf({})).toEqual({ 新疆计算机学会: null, 自治区植物保护学会: null })
    expect(await statusOf({ year: YEAR })).toEqual({ 新疆计算机学会: 'submitted', 自治区植物保护学会: null })
    expect((await h.fail(ADMIN, 'admin.listSocieties', { year: 2031 })).code).toBe('NOT_FOUND')
  })
})
