import { rubricItems, scoreReview } from '../../src/shared'
import { ADMIN, FILLER_A, FILLER_B, REVIEWER, YEAR, rubric, useHarness } from './harness'

const h = useHarness()
const REVIEWER_2 = 'o-reviewer-2'

const list = (input: object = {}, as = REVIEWER) => h.ok(as, 'review.list', { year: YEAR, ...input })
const view = (submissionId: string, as = REVIEWER) => h.ok(as, 'review.get', { submissionId })
const saveScores = (as: string, submissionId: string, baseVersion: number, items: Record<string, unknown>) =>
  h.call(as, 'review.saveScores', { submissionId, baseVersion, items })

async function registerMore(n: number) {
  for (let i = 1; i <= n; i++) await h.ok(ADMIN, 'admin.registerSociety', { name: `第${i}学会` })
}


/** A second reviewer joins as every reviewer does: by the admin's one-time invitation. */
const inviteSecondReviewer = async () => {
  const { code } = await h.ok(ADMIN, 'admin.inviteReviewer', { name: '赵审核' })
  await h.ok(REVIEWER_2, 'account.acceptInvite', { code, name: '赵审核' })
}

describe('review.list at the scale of a year', () => {
  it('lists every registered society, those not started as not-started, with counts whatever the filter', async () => {
    await registerMore(3)
    await h.submitComplete(FILLER_A)
    await h.save(FILLER_B, { 'B2.1': { tier: 'basic' } })
    const all = await list({ sort: 'name' })
    expect(all.total).toBe(5)
    expect(all.counts).toEqual({ draft: 1, submitted: 1, returned: 0, reviewed: 0, 'not-started': 3 })
    const notStarted = await list({ status: 'not-started' })
    expect(notStarted.counts).toEqual(all.counts)
    expect(notStarted.rows.map((r) => [r.societyName, r.id, r.status])).toEqual(
      ['第1学会', '第2学会', '第3学会'].sort((a, b) => a.localeCompare(b, 'zh-CN')).map((n) => [n, null, 'not-started']),
    )
    expect((await list({ search: '计算机' })).counts).toEqual(all.counts)
  })

  it('lists a reviewer’s own societies with scope mine, the counts with them, and every society with all', async () => {
    await registerMore(2)
    await inviteSecondReviewer()
    await h.submitComplete(FILLER_A)
    await h.ok(ADMIN, 'admin.assignSocieties', { societyIds: [h.societyA.id], reviewer: REVIEWER })
    await h.ok(ADMIN, 'admin.assignSocieties', { societyIds: [h.societyB.id], reviewer: REVIEWER_2 })
    const mine = await list({ scope: 'mine' })
    expect(mine.rows.map((r) => r.societyId)).toEqual([h.societyA.id])
    expect(mine).toMatchObject({ total: 1, counts: { submitted: 1, 'not-started': 0 } })
    expect((await list({ scope: 'mine' }, REVIEWER_2)).rows.map((r) => r.societyId)).toEqual([h.societyB.id])
    expect((await list({ scope: 'all' })).total).toBe(4)
    expect((await list({ scope: 'mine' }, ADMIN)).total).toBe(0)
    // Left out: 我负责的 for a reviewer with societies assigned, 全部 for anyone without.
    expect(await list()).toMatchObject({ scope: 'mine', total: 1 })
    expect(await list({}, ADMIN)).toMatchObject({ scope: 'all', total: 4 })
    await h.ok(ADMIN, 'admin.assignSocieties', { societyIds: [h.societyB.id], reviewer: null })
    expect(await list({}, REVIEWER_2)).toMatchObject({ scope: 'all', total: 4 })
    expect(await h.fail(REVIEWER, 'review.list', { year: YEAR, scope: 'others' })).toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('pages in the store, societies not started after the others in score order', async () => {
    await registerMore(25)
    await h.submitComplete(FILLER_A)
    const first = await list({ sort: 'score-asc', page: 1, pageSize: 10 })
    expect(first).toMatchObject({ total: 27, page: 1, pageSize: 10 })
    expect(first.rows[0]).toMatchObject({ societyName: '新疆计算机学会', status: 'submitted' })
    const last = await list({ sort: 'score-asc', page: 3, pageSize: 10 })
    expect(last.rows).toHaveLength(7)
    const every = [...first.rows, ...(await list({ sort: 'score-asc', page: 2, pageSize: 10 })).rows, ...last.rows]
    expect(new Set(every.map((r) => r.societyId)).size).toBe(27)
  })

  it('marks a submission new to each reviewer until they open it, and again after a resubmission', async () => {
    await inviteSecondReviewer()
    const { id } = await h.submitComplete(FILLER_A)
    const isNew = async (as: string) => (await list({ status: 'submitted' }, as)).rows[0]?.isNew
    expect(await isNew(REVIEWER)).toBe(true)
    h.clock.advance(1000)
    await view(id)
    expect(await isNew(REVIEWER)).toBe(false)
    expect(await isNew(REVIEWER_2)).toBe(true)
    await h.ok(REVIEWER, 'review.return', { submissionId: id, overall: '请补充', items: {} })
    h.clock.advance(1000)
    await h.ok(FILLER_A, 'submission.submit', { year: YEAR })
    expect(await isNew(REVIEWER)).toBe(true)
  })

  it('puts each submit and resubmit in every reviewer’s inbox, opening the detail page', async () => {
    await inviteSecondReviewer()
    const { id } = await h.submitComplete(FILLER_A)
    await h.ok(REVIEWER, 'review.return', { submissionId: id, overall: '请补充', items: {} })
    await h.ok(FILLER_A, 'submission.submit', { year: YEAR })
    for (const reviewer of [REVIEWER, REVIEWER_2]) {
      const inbox = await h.ok(reviewer, 'notifications.list', {})
      expect(inbox).toMatchObject({ total: 2, unread: 2 })
      expect(inbox.rows.map((n) => n.kind).sort()).toEqual(['resubmitted', 'submitted'])
      expect(inbox.rows[0]).toMatchObject({ page: `reviewer/pages/detail/index?id=${id}`, body: expect.stringContaining('新疆计算机学会') })
    }
    expect(h.notifier.sent.filter((m) => m.openid === REVIEWER)).toEqual([])
    expect((await h.ok(ADMIN, 'notifications.list', {})).total).toBe(0)
  })

  it('walks to the previous and next submission within the filter and sort, skipping societies not started', async () => {
    await registerMore(2)
    const a = await h.submitComplete(FILLER_A)
    const b = await h.submitComplete(FILLER_B)
    const byName = ['新疆计算机学会', '自治区植物保护学会'].sort((x, y) => x.localeCompare(y, 'zh-CN'))
    const firstId = byName[0] === '新疆计算机学会' ? a.id : b.id
    const secondId = firstId === a.id ? b.id : a.id
    const around = await h.ok(REVIEWER, 'review.neighbours', { year: YEAR, sort: 'name', submissionId: firstId })
    expect(around).toMatchObject({ previous: null, next: { id: secondId, societyName: byName[1] }, position: 1, count: 2 })
    const filtered = await h.ok(REVIEWER, 'review.neighbours', { year: YEAR, search: '植物', submissionId: b.id })
    expect(filtered).toMatchObject({ previous: null, next: null, position: 1, count: 1 })
    expect(await h.fail(REVIEWER, 'review.neighbours', { year: YEAR, submissionId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('review.acceptSelfScores', () => {
  it('takes the self score as final for every item not yet reviewed, keeps those reviewed, and audits once', async () => {
    const { id, version } = await h.submitComplete(FILLER_A)
    await saveScores(REVIEWER, id, version, { 'B6.1': { finalScore: 2, comment: '学习记录不全' } })
    const answer = await h.ok(REVIEWER, 'review.acceptSelfScores', { submissionId: id })
    const items = rubricItems(rubric)
    const accepted = await h.ok(REVIEWER, 'review.get', { submissionId: id })
    // The answer is what changed: every item but the one reviewed, at the new version, and the final figures.
    expect(answer).toMatchObject({ id, version: accepted.version, reviewerName: '王审核', finalScore: { total: 108, complete: true } })
    expect([...answer.changed].sort()).toEqual(items.map((i) => i.id).filter((i) => i !== 'B6.1').sort())
    expect(Object.values(accepted.review!.items).filter((i) => typeof i.finalScore === 'number')).toHaveLength(items.length)
    expect(accepted.review!.items['B6.1']).toMatchObject({ finalScore: 2, comment: '学习记录不全' })
    expect(accepted.review!.items['B1.1']).toMatchObject({ finalScore: accepted.selfScore.items['B1.1'], reviewer: '王审核' })
    const finals = Object.fromEntries(Object.entries(accepted.review!.items).map(([k, v]) => [k, v.finalScore as number]))
    expect(accepted.finalScore?.total).toBe(scoreReview(rubric, accepted.answers, finals).total)
    expect(accepted.finalScore?.total).toBe(108)
    const trail = (await h.store.listAudit(id)).filter((e) => e.action === 'review.acceptSelfScores')
    expect(trail).toHaveLength(1)
    expect(Object.keys((trail[0]!.after as { items: object }).items)).toHaveLength(items.length - 1)
    // Nothing left to accept: nothing written, nothing audited.
    const again = await h.ok(REVIEWER, 'review.acceptSelfScores', { submissionId: id })
    expect(again).toMatchObject({ version: accepted.version, changed: [] })
    expect((await h.store.listAudit(id)).filter((e) => e.action === 'review.acceptSelfScores')).toHaveLength(1)
  })

  it('is INVALID_STATE unless the form is submitted', async () => {
    const { id } = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
    expect(await h.fail(REVIEWER, 'review.acceptSelfScores', { submissionId: id })).toMatchObject({ code: 'INVALID_STATE' })
  })
})

describe('several reviewers on one submission', () => {
  beforeEach(async () => {
    await inviteSecondReviewer()
  })

  it('merges edits to different items, each recording who set it', async () => {
    const { id, version } = await h.submitComplete(FILLER_A)
    expect(await saveScores(REVIEWER, id, version, { 'B6.1': { finalScore: 2, comment: '记录不全' } })).toMatchObject({ ok: true })
    const merged = await saveScores(REVIEWER_2, id, version, { 'B8.1': { finalScore: 3, comment: '活动偏少' } })
    expect(merged).toMatchObject({ ok: true })
    const { review } = await view(id)
    expect(review?.items['B6.1']).toMatchObject({ finalScore: 2, reviewer: '王审核' })
    expect(review?.items['B8.1']).toMatchObject({ finalScore: 3, reviewer: '赵审核' })
  })

  it('reports a conflict on the same item instead of overwriting, with the other reviewer’s copy', async () => {
    const { id, version } = await h.submitComplete(FILLER_A)
    await saveScores(REVIEWER, id, version, { 'B6.1': { finalScore: 2, comment: '记录不全' } })
    const conflict = await h.fail(REVIEWER_2, 'review.saveScores', {
      submissionId: id,
      baseVersion: version,
      items: { 'B6.1': { finalScore: 3, comment: '基本齐全' } },
    })
    expect(conflict).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('B6.1') })
    expect(conflict.details).toMatchObject({ conflicts: [{ itemId: 'B6.1', server: { finalScore: 2, reviewer: '王审核' } }] })
    expect((await view(id)).review?.items['B6.1']).toMatchObject({ finalScore: 2, comment: '记录不全' })
    // From the fresh version, the second reviewer may overrule.
    const fresh = await view(id, REVIEWER_2)
    expect(await saveScores(REVIEWER_2, id, fresh.version, { 'B6.1': { finalScore: 3, comment: '基本齐全' } })).toMatchObject({ ok: true })
  })
})

describe('a resubmission and the history', () => {
  async function returnedAndFixed() {
    const { id, version } = await h.submitComplete(FILLER_A)
    h.clock.advance(60_000)
    await saveScores(REVIEWER, id, version, { 'B6.1': { finalScore: 2, comment: '学习记录不全' } })
    await h.ok(REVIEWER, 'review.return', { submissionId: id, overall: '请补充', items: { 'B2.1': '缺少换届材料' } })
    h.clock.advance(60_000)
    await h.save(FILLER_A, { 'B2.1': { tier: 'basic' } })
    await h.ok(FILLER_A, 'submission.submit', { year: YEAR })
    return id
  }

  it('shows reviewers what changed since the return, before and after; the society never', async () => {
    const id = await returnedAndFixed()
    const seen = await view(id)
    expect(seen.changesSinceReturn).toEqual([
      { itemId: 'B2.1', before: expect.objectContaining({ tier: expect.any(String) }), after: { tier: 'basic' }, photosBefore: 0, photosAfter: 0 },
    ])
    expect(seen.changesSinceReturn![0]!.before).not.toEqual({ tier: 'basic' })
    expect((await h.ok(FILLER_A, 'submission.get', { year: YEAR })).changesSinceReturn).toBeNull()
  })

  it('tells every transition and score change, by name; the society sees it only once finalized', async () => {
    const id = await returnedAndFixed()
    expect(await h.fail(FILLER_A, 'submission.history', { year: YEAR })).toMatchObject({ code: 'INVALID_STATE' })
    await h.ok(REVIEWER, 'review.acceptSelfScores', { submissionId: id })
    await h.ok(REVIEWER, 'review.finalize', { submissionId: id })
    const { entries } = await h.ok(REVIEWER, 'review.history', { submissionId: id })
    expect(entries.map((e) => [e.kind, e.by])).toEqual([
      ['submitted', '张填报'],
      ['score', '王审核'],
      ['returned', '王审核'],
      ['resubmitted', '张填报'],
      ['accepted', '王审核'],
      ['finalized', '王审核'],
    ])
    expect(entries[1]).toMatchObject({ itemId: 'B6.1', before: null, after: { finalScore: 2, comment: '学习记录不全' } })
    expect(entries[2]).toMatchObject({ reasons: { overall: '请补充', items: { 'B2.1': '缺少换届材料' } } })
    expect(entries[0]).toMatchObject({ total: 110, at: '2023-03-01T08:00:00.000Z' })
    expect(entries[5]!.total).toBe((await view(id)).finalScore?.total)
    expect(await h.ok(FILLER_A, 'submission.history', { year: YEAR })).toEqual({ entries })
    expect(await h.fail(FILLER_B, 'submission.history', { year: YEAR })).toMatchObject({ code: 'NOT_FOUND' })
  })
})
