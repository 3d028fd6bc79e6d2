import { FILLER_A, FILLER_B, REVIEWER, STRANGER, YEAR, fullMarks, useHarness } from './harness'

const h = useHarness()

/** Saves from the version the reviewer sees now (a page just loaded). */
const scores = async (submissionId: string, items: Record<string, unknown>) => {
  const got = await h.call(REVIEWER, 'review.get', { submissionId })
  const version = got.ok ? (got.data as { version: number }).version : 0
  return h.call(REVIEWER, 'review.saveScores', { submissionId, items, baseVersion: version })
}
const returnIt = (submissionId: string, overall: string, items: Record<string, string> = {}) =>
  h.call(REVIEWER, 'review.return', { submissionId, overall, items })
const finalize = (submissionId: string) => h.call(REVIEWER, 'review.finalize', { submissionId })

describe('review.list', () => {
  beforeEach(async () => {
    await h.submitComplete(FILLER_A)
    h.clock.advance(60_000)
    await h.save(FILLER_B, { 'B2.1': { tier: 'basic' }, 'B1.1': { checks: { a: true } } })
  })

  it('lists the year’s submissions with the society names, totals and answered counts', async () => {
    const list = await h.ok(REVIEWER, 'review.list', { year: YEAR })
    expect(list).toMatchObject({ total: 2, page: 1, pageSize: 20 })
    expect(list.rows).toEqual([
      expect.objectContaining({ societyName: '自治区植物保护学会', status: 'draft', selfTotal: 5, answeredCount: 2, finalTotal: null }),
      expect.objectContaining({ societyName: '新疆计算机学会', status: 'submitted', selfTotal: 110, answeredCount: 38 }),
    ])
  })

  it('filters by status and by a name substring, sorts and pages', async () => {
    const ids = async (input: object) =>
      (await h.ok(REVIEWER, 'review.list', { year: YEAR, ...input })).rows.map((r) => r.societyName)
    expect(await ids({ status: 'submitted' })).toEqual(['新疆计算机学会'])
    expect(await ids({ search: '植物' })).toEqual(['自治区植物保护学会'])
    expect(await ids({ sort: 'score-asc' })).toEqual(['自治区植物保护学会', '新疆计算机学会'])
    expect(await ids({ sort: 'score-desc' })).toEqual(['新疆计算机学会', '自治区植物保护学会'])
    expect(await ids({ sort: 'score-desc', page: 2, pageSize: 1 })).toEqual(['自治区植物保护学会'])
    expect(await ids({ sort: 'name' })).toEqual(['新疆计算机学会', '自治区植物保护学会'].sort((a, b) => a.localeCompare(b, 'zh-CN')))
    const otherYear = await h.ok(REVIEWER, 'review.list', { year: 2023 })
    expect(otherYear).toMatchObject({ total: 2, counts: { 'not-started': 2, submitted: 0, draft: 0 } })
    expect(otherYear.rows.map((r) => r.status)).toEqual(['not-started', 'not-started'])
  })

  it('ranks a reviewed submission by its final total', async () => {
    const [a] = (await h.ok(REVIEWER, 'review.list', { year: YEAR, status: 'submitted' })).rows
    await scores(a!.id!, { 'A4.1': { finalScore: 0, comment: '未按时报送年度报告' } })
    await finalize(a!.id!)
    const row = (await h.ok(REVIEWER, 'review.list', { year: YEAR, status: 'reviewed' })).rows[0]
    expect(row).toMatchObject({ selfTotal: 110, finalTotal: 100 })
  })
})

describe('review.saveScores', () => {
  it('stores final scores and comments and recomputes the totals with the engine', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    const result = await scores(id, {
      'B6.1': { finalScore: 2, comment: '学习记录不全' },
      'A4.1': { finalScore: 6, comment: '年度报告缺财务部分' },
      'B2.1': { comment: '同意' },
    })
    const view = await h.ok(REVIEWER, 'review.get', { submissionId: id })
    // The answer is what changed, not the whole view: the items, the version, and the final figures.
    expect(result).toMatchObject({ ok: true, data: { id, version: view.version, updatedAt: view.updatedAt, reviewerName: '王审核' } })
    const answer = result.ok ? (result.data as { changed: string[]; finalScore: object }) : null
    expect(answer?.changed.sort()).toEqual(['A4.1', 'B2.1', 'B6.1'])
    expect(answer?.finalScore).toEqual({ total: 104, max: view.finalScore?.max, complete: true, groups: view.finalScore?.groups })
    // 110 − (4 − 2) for B6.1 − (10 − 6) for A4.1 = 104; B6 14 → 12, A2 20 → 18, A4 10 → 6
    expect(view.finalScore).toMatchObject({ total: 104, groups: { B6: 12, A2: 18, A4: 6 } })
    expect(view.selfScore.total).toBe(110)
    expect(view.review).toMatchObject({
      reviewerName: '王审核',
      finalizedAt: null,
      items: { 'B6.1': { finalScore: 2, comment: '学习记录不全' }, 'B2.1': { finalScore: null, comment: '同意' } },
    })
  })

  it('goes back to the self score when a final score is cleared, and audits each change with before and after', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    await scores(id, { 'B6.1': { finalScore: 2, comment: '学习记录不全' } })
    expect(await scores(id, { 'B6.1': { finalScore: null } })).toMatchObject({ ok: true, data: { changed: ['B6.1'], finalScore: { total: 110 } } })
    // The same again changes nothing: nothing written, nothing named.
    expect(await scores(id, { 'B6.1': { finalScore: null } })).toMatchObject({ ok: true, data: { changed: [] } })
    expect((await h.ok(REVIEWER, 'review.get', { submissionId: id })).finalScore?.total).toBe(110)
    const trail = (await h.store.listAudit(id)).filter((e) => e.action.startsWith('review.saveScores'))
    expect(trail.map((e) => [e.action, e.before, e.after])).toEqual([
      ['review.saveScores B6.1', null, { finalScore: 2, comment: '学习记录不全' }],
      [
        'review.saveScores B6.1',
        expect.objectContaining({ finalScore: 2, comment: '学习记录不全', reviewer: '王审核' }),
        { finalScore: null, comment: '学习记录不全' },
      ],
    ])
  })

  it.each([
    ['above the item’s maximum', { 'B6.1': { finalScore: 5 } }, 'B6.1：最终得分须在0到4分之间（收到5）'],
    ['not a multiple of 0.5', { 'B6.1': { finalScore: 1.3 } }, 'B6.1：最终得分须为0.5的倍数（收到1.3）'],
    ['of an unknown item', { 'B13.1': { comment: '？' } }, 'B13.1'],
  ])('rejects a score %s, naming the item', async (_what, items, message) => {
    const { id } = await h.submitComplete(FILLER_A)
    expect(await scores(id, items)).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining(message) })
  })

  it('refuses a final score that differs from the self score without a comment, naming the item and both scores', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    const refused = await scores(id, { 'B6.1': { finalScore: 2 }, 'B8.1': { finalScore: 3, comment: '  ' } })
    expect(refused).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: 'B6.1：最终得分（2分）与自评分（4分）不同，请填写审核意见说明理由；B8.1：最终得分（3分）与自评分（6分）不同，请填写审核意见说明理由',
    })
    const view = await h.ok(REVIEWER, 'review.get', { submissionId: id })
    expect(view.review).toBeNull()
    expect((await h.store.listAudit(id)).map((e) => e.action)).toEqual(['submission.submit'])
  })

  it('accepts the self score without a comment, and keeps a changed score from losing its comment', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    expect(await scores(id, { 'B6.1': { finalScore: 4 } })).toMatchObject({ ok: true })
    await scores(id, { 'B8.1': { finalScore: 3, comment: '活动记录偏少' } })
    expect(await scores(id, { 'B8.1': { comment: '' } })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('B8.1') })
    const view = await h.ok(REVIEWER, 'review.get', { submissionId: id })
    expect(view.review?.items).toEqual({
      'B6.1': expect.objectContaining({ finalScore: 4, comment: '' }),
      'B8.1': expect.objectContaining({ finalScore: 3, comment: '活动记录偏少' }),
    })
  })

  it('is INVALID_STATE unless the form is submitted, and NOT_FOUND for an unknown id', async () => {
    const { id } = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
    expect(await scores(id, { 'B6.1': { finalScore: 2 } })).toMatchObject({ code: 'INVALID_STATE' })
    expect(await scores('nope', {})).toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('the review workflow', () => {
  it('returns a submitted form with reasons, which the society sees and fixes, and resubmits', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    const returned = await returnIt(id, '请补充B1.2的聘书', { 'B1.2': '缺少专职人员聘书' })
    expect(returned).toMatchObject({ ok: true, data: { status: 'returned' } })
    const seen = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
    expect(seen.returnReasons).toEqual({ overall: '请补充B1.2的聘书', items: { 'B1.2': '缺少专职人员聘书' } })
    const fixed = await h.ok(FILLER_A, 'submission.saveAnswers', {
      year: YEAR,
      baseVersion: seen.version,
      patch: { 'B1.2': { checks: { a: true, b: true }, remark: '已补充聘书' } },
    })
    const resubmitted = await h.ok(FILLER_A, 'submission.submit', { year: YEAR })
    expect(resubmitted.version).toBe(fixed.version + 1)
    expect(resubmitted.transition).toMatchObject({ from: 'returned', to: 'submitted' })
    const seenAgain = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
    expect(seenAgain.history.map((t) => `${t.from}→${t.to}`)).toEqual(['draft→submitted', 'submitted→returned', 'returned→submitted'])
    expect(seenAgain.returnReasons).toBeNull()
    // Reviewers still see what was asked, to check the fixes against it.
    expect((await h.ok(REVIEWER, 'review.get', { submissionId: id })).returnReasons?.overall).toBe('请补充B1.2的聘书')
  })

  it('requires a reason to return, and a rubric item for an item reason', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    expect(await returnIt(id, '  ')).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('请填写退回原因') })
    expect(await returnIt(id, '', { 'B13.1': '？' })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('B13.1') })
    expect(await returnIt(id, '', { 'B1.1': '请附换届批复' })).toMatchObject({ ok: true })
  })

  it('cannot return or finalize a draft', async () => {
    const { id } = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
    expect(await returnIt(id, '不行')).toMatchObject({ code: 'INVALID_STATE', message: '当前状态为“填写中”，不能退回' })
    expect(await finalize(id)).toMatchObject({ code: 'INVALID_STATE', message: '当前状态为“填写中”，不能审核通过' })
  })

  it('finalizes once: the society then sees the review and the final score; a second finalize is INVALID_STATE', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    await scores(id, { 'B8.1': { finalScore: 3, comment: '活动记录偏少' } })
    h.clock.advance(5000)
    expect(await finalize(id)).toMatchObject({ ok: true, data: { status: 'reviewed', review: { finalizedAt: '2023-03-01T08:00:05.000Z' } } })
    expect(await finalize(id)).toMatchObject({ code: 'INVALID_STATE' })
    expect(await returnIt(id, '再改改')).toMatchObject({ code: 'INVALID_STATE' })
    expect(await scores(id, { 'B8.1': { finalScore: 6 } })).toMatchObject({ code: 'INVALID_STATE' })
    const result = await h.ok(FILLER_A, 'submission.result', { year: YEAR })
    expect(result).toMatchObject({ status: 'reviewed', finalScore: { total: 107 }, review: { items: { 'B8.1': { comment: '活动记录偏少' } } } })
    const trail = (await h.store.listAudit(id)).map((e) => e.action)
    expect(trail).toEqual(['submission.submit', 'review.saveScores B8.1', 'review.finalize'])
  })

  it('keeps a society’s form from another society’s filler and from strangers', async () => {
    await h.save(FILLER_A, fullMarks)
    expect((await h.ok(FILLER_B, 'submission.get', { year: YEAR })).answers).toEqual({})
    expect(await h.fail(STRANGER, 'review.get', { submissionId: 'id-1' })).toMatchObject({ code: 'FORBIDDEN' })
  })
})
