import { FILLER_A, FILLER_B, REVIEWER, YEAR, fullMarks, useHarness } from './harness'

const h = useHarness()

const get = (openid = FILLER_A) => h.ok(openid, 'submission.get', { year: YEAR })
const saveFrom = (baseVersion: number, patch: Record<string, unknown>, openid = FILLER_A) =>
  h.call(openid, 'submission.saveAnswers', { year: YEAR, baseVersion, patch })

describe('submission.get', () => {
  it('creates an empty draft on first read and returns the same one afterwards', async () => {
    const first = await get()
    expect(first).toMatchObject({ status: 'draft', version: 0, answers: {}, societyName: '新疆计算机学会', year: YEAR })
    expect(first.selfScore).toMatchObject({ total: 0, max: 110, complete: false })
    expect(first.selfScore.incomplete).toHaveLength(38)
    expect(first.filler).toEqual({ name: '张填报', phone: '13800138000' })
    expect((await get()).id).toBe(first.id)
    expect((await get(FILLER_B)).id).not.toBe(first.id)
  })

  it('is NOT_FOUND for a year the admin has not opened', async () => {
    expect(await h.fail(FILLER_A, 'submission.get', { year: 2030 })).toMatchObject({
      code: 'NOT_FOUND',
      message: '2030年度尚未开放填报',
    })
  })
})

describe('submission.saveAnswers', () => {
  it('stores the answers, bumps the version and the changed items’ versions, and recomputes the self score', async () => {
    const view = await h.save(FILLER_A, {
      'B1.2': { checks: { a: true, b: false } },
      'B2.1': { tier: 'basic' },
      'B6.1': { score: 3.5, remark: '全年开展专题学习 12 次' },
    })
    expect(view.version).toBe(1)
    expect(view.changed).toEqual(['B1.2', 'B2.1', 'B6.1'])
    // 1 (B1.2: 2 − 1 for b) + 3 (B2.1 基本合格) + 3.5 (B6.1) = 7.5
    expect(view.itemScores).toEqual({ 'B1.2': 1, 'B2.1': 3, 'B6.1': 3.5 })
    expect(view.selfScore.total).toBe(7.5)
    expect(view.selfScore.groups).toMatchObject({ B1: 1, B2: 3, A1: 4, B6: 3.5, A2: 3.5 })
    const stored = await get()
    expect(stored.itemVersions).toEqual({ 'B1.2': 1, 'B2.1': 1, 'B6.1': 1 })
    expect(stored.answers['B6.1']).toEqual({ score: 3.5, remark: '全年开展专题学习 12 次' })
  })

  it('clears an item saved as null', async () => {
    await h.save(FILLER_A, { 'B2.1': { tier: 'pass' } })
    const view = await h.save(FILLER_A, { 'B2.1': null })
    expect(view).toMatchObject({ changed: ['B2.1'], itemScores: { 'B2.1': 0 }, selfScore: { total: 0 } })
    expect((await get()).answers).toEqual({})
  })

  it('rejects an invalid answer naming the item and the problem, and writes nothing', async () => {
    const result = await saveFrom(0, { 'B2.1': { tier: 'pass' }, 'B6.1': { score: 3.2 } })
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('B6.1：自评分须为0.5的倍数') })
    expect((await get()).version).toBe(0)
  })

  it('rejects an unknown item and photos sent with the answers', async () => {
    expect(await saveFrom(0, { 'B13.1': { tier: 'x' } })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('B13.1'),
    })
    expect(await saveFrom(0, { 'B1.1': { checks: { a: true }, photos: ['local:evidence/x/2022/B1.1/a.jpg'] } })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('B1.1：证明照片请通过“上传照片”登记'),
    })
  })

  it('merges edits of different items made from the same base version', async () => {
    const base = (await get()).version
    expect((await saveFrom(base, { 'B1.1': { checks: { a: true } } })).ok).toBe(true)
    const second = await saveFrom(base, { 'B2.1': { tier: 'pass' } })
    expect(second).toMatchObject({ ok: true, data: { version: 2, changed: ['B2.1'] } })
    const stored = await get()
    expect(stored.itemVersions).toEqual({ 'B1.1': 1, 'B2.1': 2 })
    expect(Object.keys(stored.answers).sort()).toEqual(['B1.1', 'B2.1'])
  })

  it('reports a conflict on an item changed since the base, with the server’s copy, and writes nothing', async () => {
    expect((await saveFrom(0, { 'B2.1': { tier: 'pass' }, 'B1.1': { checks: { a: true } } })).ok).toBe(true)
    const result = await saveFrom(0, { 'B2.1': { tier: 'fail' }, 'B6.1': { score: 1 } })
    expect(result).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringContaining('B2.1'),
      details: { conflicts: [{ itemId: 'B2.1', server: { tier: 'pass' } }], version: 1, itemVersions: { 'B2.1': 1 } },
    })
    const now = await get()
    expect(now.version).toBe(1)
    expect(now.answers['B6.1']).toBeUndefined()
  })

  it('takes an identical resave from an old base as a no-op success', async () => {
    await saveFrom(0, { 'B2.1': { tier: 'pass' } })
    const again = await saveFrom(0, { 'B2.1': { tier: 'pass' } })
    expect(again).toMatchObject({ ok: true, data: { version: 1, changed: [], itemScores: {} } })
  })

  it('accepts a save from the current version after a conflict was seen', async () => {
    await saveFrom(0, { 'B2.1': { tier: 'pass' } })
    expect(await saveFrom(1, { 'B2.1': { tier: 'fail' } })).toMatchObject({ ok: true, data: { version: 2 } })
  })

  it('answers with what changed, under 1 KB however much the form holds (issue 25)', async () => {
    await h.save(FILLER_A, fullMarks)
    const remark = '全年开展专题学习，'.repeat(50)
    const one = await h.save(FILLER_A, { 'B6.1': { score: 4, remark } })
    expect(one).toMatchObject({ changed: ['B6.1'], itemScores: { 'B6.1': 4 }, selfScore: { complete: true } })
    expect(Buffer.byteLength(JSON.stringify(one))).toBeLessThanOrEqual(1024)
    // Every item at once (a phone back online with all its edits) still answers within the budget.
    const all = await h.save(FILLER_A, Object.fromEntries(Object.keys(fullMarks).map((id) => [id, null])))
    expect(all.changed).toHaveLength(38)
    expect(Buffer.byteLength(JSON.stringify(all))).toBeLessThanOrEqual(1024)
  })

  it('records who saved last as the form’s 填报人', async () => {
    await h.ok(FILLER_A, 'account.updateProfile', { name: '赵更新', phone: '13700137000' })
    await h.save(FILLER_A, { 'B2.1': { tier: 'pass' } })
    expect((await get()).filler).toEqual({ name: '赵更新', phone: '13700137000' })
  })
})

describe('submission.submit', () => {
  it('refuses an incomplete form, listing the items still to fill in', async () => {
    const { 'B1.1': _b11, 'A4.1': _a41, ...almost } = fullMarks
    await h.save(FILLER_A, almost)
    const result = await h.fail(FILLER_A, 'submission.submit', { year: YEAR })
    expect(result).toEqual({
      ok: false,
      code: 'INCOMPLETE',
      message: '还有2项未填写完整：B1.1、A4.1',
      details: { incomplete: ['B1.1', 'A4.1'] },
    })
    expect((await get()).status).toBe('draft')
  })

  it('submits a complete form with the score the server computes', async () => {
    h.clock.advance(1000)
    const view = await h.submitComplete(FILLER_A)
    expect(view).toMatchObject({ status: 'submitted', submittedAt: '2023-03-01T08:00:01.000Z' })
    expect(view.selfScore).toMatchObject({ total: 110, complete: true })
    expect(view.transition).toEqual({ from: 'draft', to: 'submitted', by: FILLER_A, at: '2023-03-01T08:00:01.000Z' })
    expect(Buffer.byteLength(JSON.stringify(view))).toBeLessThanOrEqual(1024)
    const stored = await get()
    expect(stored.selfScore).toMatchObject({ total: 110, complete: true, incomplete: [] })
    expect(stored.history).toEqual([view.transition])
    expect(await h.store.listAudit(view.id)).toEqual([
      expect.objectContaining({ actor: FILLER_A, action: 'submission.submit', before: { status: 'draft' } }),
    ])
  })

  it('takes no score from the client', async () => {
    const result = await h.fail(FILLER_A, 'submission.submit', { year: YEAR, selfScore: { total: 110 } })
    expect(result).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('selfScore') })
    const forged = await saveFrom(0, { 'B6.1': { score: 4, total: 110 } })
    expect(forged).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  })

  it('is idempotent: submitting again changes nothing', async () => {
    const first = await h.submitComplete(FILLER_A)
    const again = await h.ok(FILLER_A, 'submission.submit', { year: YEAR })
    expect(again).toMatchObject({ version: first.version, status: 'submitted', transition: null })
    expect((await get()).history).toHaveLength(1)
    expect(await h.store.listAudit(first.id)).toHaveLength(1)
  })

  it('makes the form read-only: saving and photos are INVALID_STATE', async () => {
    const { version } = await h.submitComplete(FILLER_A)
    expect(await saveFrom(version, { 'B2.1': { tier: 'fail' } })).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
      message: '已提交的自评表不能修改',
    })
  })
})

describe('submission.result', () => {
  it('is NOT_FOUND before the society has a form, and shows no review before it is finalized', async () => {
    expect(await h.fail(FILLER_A, 'submission.result', { year: YEAR })).toMatchObject({ code: 'NOT_FOUND' })
    const { id } = await h.submitComplete(FILLER_A)
    const items = { 'B6.1': { finalScore: 2, comment: '依据不足' } }
    await h.ok(REVIEWER, 'review.saveScores', { submissionId: id, items, baseVersion: 0 })
    const result = await h.ok(FILLER_A, 'submission.result', { year: YEAR })
    expect(result).toMatchObject({ status: 'submitted', review: null, finalScore: null })
  })
})
