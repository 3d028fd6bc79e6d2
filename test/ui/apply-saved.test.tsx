import { getRubric, scoreAnswers, type AnswersSaved, type SubmissionView } from '../../src/shared'
import { applyAnswersSaved } from '../../src/features/draft/apply-saved'

const copy = (): SubmissionView => ({
  id: 'sub-1', societyId: 'soc-1', societyName: '自治区测试学会', year: 2022, status: 'draft', version: 3,
  answers: { 'B1.1': { checks: { a: true } } }, itemVersions: { 'B1.1': 2 }, evidence: {},
  selfScore: scoreAnswers(getRubric(2022), { 'B1.1': { checks: { a: true } } }),
  filler: null, returnReasons: null, review: null, finalScore: null, submittedAt: null, updatedAt: '2022-12-01T00:00:00.000Z', history: [],
})

const answerOf = (view: SubmissionView, patch: SubmissionView['answers'], version: number, changed: string[]): AnswersSaved => {
  const { total, max, complete, groups, items } = scoreAnswers(getRubric(2022), { ...view.answers, ...patch })
  return { id: view.id, version, updatedAt: '2022-12-02T00:00:00.000Z', changed, itemScores: Object.fromEntries(changed.map((id) => [id, items[id] ?? 0])), selfScore: { total, max, complete, groups } }
}

describe('applying a save’s answer to the draft’s copy (issue 25)', () => {
  it('takes the sent answers of the changed items at the new version and rescores the copy', () => {
    const view = copy()
    const patch = { 'B2.1': { tier: 'pass' } }
    const next = applyAnswersSaved(view, patch, answerOf(view, patch, 4, ['B2.1']))
    expect(next).toMatchObject({ version: 4, updatedAt: '2022-12-02T00:00:00.000Z', itemVersions: { 'B1.1': 2, 'B2.1': 4 } })
    expect(next?.answers).toEqual({ 'B1.1': { checks: { a: true } }, 'B2.1': { tier: 'pass' } })
    expect(next?.selfScore.total).toBe(scoreAnswers(getRubric(2022), next!.answers).total)
  })

  it('clears an item the patch cleared', () => {
    const view = copy()
    const next = applyAnswersSaved(view, { 'B1.1': null }, { ...answerOf(view, {}, 4, []), changed: ['B1.1'], itemScores: { 'B1.1': 0 }, selfScore: { total: 0, max: 110, complete: false, groups: {} } })
    expect(next?.answers).toEqual({})
  })

  it('gives null (reload) when the server’s score disagrees with the copy’s: another device changed something', () => {
    const view = copy()
    const patch = { 'B2.1': { tier: 'pass' } }
    const saved = answerOf(view, patch, 5, ['B2.1'])
    expect(applyAnswersSaved(view, patch, { ...saved, selfScore: { ...saved.selfScore, total: saved.selfScore.total + 2 } })).toBeNull()
    expect(applyAnswersSaved(view, {}, saved)).toBeNull()
    expect(applyAnswersSaved(view, patch, { ...saved, id: 'another' })).toBeNull()
  })

  it('keeps a copy already newer than the save', () => {
    const view = copy()
    expect(applyAnswersSaved(view, { 'B2.1': { tier: 'pass' } }, answerOf(view, { 'B2.1': { tier: 'pass' } }, 3, ['B2.1']))).toBe(view)
  })
})
