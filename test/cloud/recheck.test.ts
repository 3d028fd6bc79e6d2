import { openWorkbook } from '../reports/open-workbook'
import { ADMIN, FILLER_A, FILLER_B, REVIEWER, YEAR, fullMarks, useHarness } from './harness'

const h = useHarness()
const UNTIL = '2023-03-10'

/** Both societies submitted in full (110 each) and finalized by the reviewer; B1.1 lowered to 0 for A. */
async function finalizeBoth() {
  const a = await h.submitComplete(FILLER_A)
  const b = await h.submitComplete(FILLER_B)
  await h.ok(REVIEWER, 'review.get', { submissionId: a.id })
  await h.ok(REVIEWER, 'review.saveScores', {
    submissionId: a.id,
    baseVersion: a.version,
    items: { 'B1.1': { finalScore: 0, comment: '未见换届批复' }, 'B8.1': { finalScore: 4, comment: '活动记录不全' } },
  })
  await h.ok(REVIEWER, 'review.finalize', { submissionId: a.id })
  await h.ok(REVIEWER, 'review.finalize', { submissionId: b.id })
  return { a, b }
}

const reasons = { 'B1.1': '已于2022年6月按时换届，补充换届批复', 'B8.1': '全年科普活动12场，见活动记录' }

describe('submission.withdraw: taking a submitted form back before review', () => {
  it('goes back to 填写中, can be edited and resubmitted; the reviewers’ inbox and the history say so', async () => {
    await h.submitComplete(FILLER_A)
    const view = await h.ok(FILLER_A, 'submission.withdraw', { year: YEAR })
    expect(view.status).toBe('draft')
    await h.save(FILLER_A, { 'B1.1': { checks: { a: false }, remark: '换届推迟' } })
    expect((await h.ok(FILLER_A, 'submission.get', { year: YEAR })).answers['B1.1']).toEqual({ checks: { a: false }, remark: '换届推迟' })
    const again = await h.ok(FILLER_A, 'submission.submit', { year: YEAR })
    expect([again.status, again.selfScore.total]).toEqual(['submitted', 108])
    const inbox = await h.ok(REVIEWER, 'notifications.list', {})
    expect(inbox.rows.map((n) => n.kind).sort()).toEqual(['submitted', 'submitted', 'withdrawn'])
    expect(inbox.rows.find((n) => n.kind === 'withdrawn')!.body).toBe('新疆计算机学会已撤回2022年度自评表，修改后会重新提交，暂不需审核。')
    const history = await h.ok(REVIEWER, 'review.history', { submissionId: again.id })
    expect(history.entries.map((e) => e.kind)).toEqual(['submitted', 'withdrawn', 'submitted'])
  })

  it('is refused, with the reason, once a reviewer has opened the form', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    await h.ok(REVIEWER, 'review.get', { submissionId: id })
    const refused = await h.fail(FILLER_A, 'submission.withdraw', { year: YEAR })
    expect([refused.code, refused.message]).toEqual(['INVALID_STATE', '审核员已开始审核这份自评表，不能再撤回；如需修改请联系审核员退回'])
    expect((await h.ok(FILLER_A, 'submission.result', { year: YEAR })).status).toBe('submitted')
    await h.ok(REVIEWER, 'review.finalize', { submissionId: id })
    expect((await h.fail(FILLER_A, 'submission.withdraw', { year: YEAR })).message).toBe('已审核的自评表不能撤回')
  })

  it('is refused for a form never handed in, a returned form, and after the deadline', async () => {
    expect((await h.fail(FILLER_A, 'submission.withdraw', { year: YEAR })).code).toBe('NOT_FOUND')
    await h.save(FILLER_A, fullMarks)
    // A draft is already 填写中: nothing to do, no error.
    expect((await h.ok(FILLER_A, 'submission.withdraw', { year: YEAR })).status).toBe('draft')
    const { id } = await h.ok(FILLER_A, 'submission.submit', { year: YEAR })
    await h.ok(REVIEWER, 'review.return', { submissionId: id, overall: '请补充材料', items: {} })
    expect((await h.fail(FILLER_A, 'submission.withdraw', { year: YEAR })).message).toBe('自评表已退回修改，可以直接修改')
    await h.ok(FILLER_A, 'submission.submit', { year: YEAR })
    await h.ok(ADMIN, 'admin.updateYear', { year: YEAR, deadline: '2023-02-28' })
    expect((await h.fail(FILLER_A, 'submission.withdraw', { year: YEAR })).code).toBe('DEADLINE_PASSED')
  })

  it('never takes back another society’s form: the society is the caller’s own', async () => {
    await h.submitComplete(FILLER_A)
    expect((await h.fail(FILLER_B, 'submission.withdraw', { year: YEAR })).code).toBe('NOT_FOUND')
    expect((await h.ok(FILLER_A, 'submission.result', { year: YEAR })).status).toBe('submitted')
  })
})

describe('admin.publishResults and report.publicResults: 公示', () => {
  it('refuses while a society is not finalized unless partial, then lists grades without scores to every user', async () => {
    const a = await h.submitComplete(FILLER_A)
    await h.ok(REVIEWER, 'review.finalize', { submissionId: a.id })
    const refused = await h.fail(ADMIN, 'admin.publishResults', { year: YEAR, until: UNTIL })
    expect(refused.code).toBe('INVALID_STATE')
    expect(refused.message).toContain('还有1个学会未审核完成（自治区植物保护学会）')
    expect((await h.fail(FILLER_A, 'report.publicResults', { year: YEAR })).message).toBe('2022年度的审核结果尚未公示')
    const published = await h.ok(ADMIN, 'admin.publishResults', { year: YEAR, until: UNTIL, partial: true })
    expect(published).toMatchObject({ published: 1, unfinished: 1, notified: 1, publication: { until: UNTIL, partial: true } })
    for (const who of [FILLER_A, FILLER_B, REVIEWER, ADMIN]) {
      const list = await h.ok(who, 'report.publicResults', { year: YEAR })
      expect(list.rows).toEqual([{ societyId: h.societyA.id, societyName: '新疆计算机学会', grade: '优秀', changedOnRecheck: false }])
      expect(list.open).toBe(true)
      expect(JSON.stringify(list)).not.toContain('110')
    }
    const [note] = (await h.ok(FILLER_A, 'notifications.list', {})).rows.filter((n) => n.kind === 'published')
    expect(note!.body).toBe('2022年度审核结果已公示，如对审核得分有异议，可在2023年3月10日前申请复核。')
    expect((await h.ok(FILLER_B, 'notifications.list', {})).rows.some((n) => n.kind === 'published')).toBe(false)
  })

  it('refuses a past date, a bad date, and a caller who is not the admin', async () => {
    await finalizeBoth()
    expect((await h.fail(ADMIN, 'admin.publishResults', { year: YEAR, until: '2023-02-28' })).message).toContain('已经过去')
    expect((await h.fail(ADMIN, 'admin.publishResults', { year: YEAR, until: '2023-02-30' })).message).toContain('公示截止日期应为日期')
    expect((await h.fail(REVIEWER, 'admin.publishResults', { year: YEAR, until: UNTIL })).code).toBe('FORBIDDEN')
  })
})

describe('submission.requestRecheck and review.answerRecheck: 复核', () => {
  async function publishedWithRequest() {
    const { a } = await finalizeBoth()
    await h.ok(ADMIN, 'admin.publishResults', { year: YEAR, until: UNTIL })
    const asked = await h.ok(FILLER_A, 'submission.requestRecheck', { year: YEAR, items: reasons })
    return { id: a.id, asked }
  }

  it('records the request with its reasons and tells the reviewers; the list shows it as 复核中', async () => {
    const { id, asked } = await publishedWithRequest()
    expect(asked.recheck).toMatchObject({ items: reasons, totalBefore: 106, gradeBefore: '优秀', answeredAt: null })
    const rechecks = await h.ok(REVIEWER, 'review.rechecks', { year: YEAR })
    expect(rechecks.pending).toEqual([expect.objectContaining({ submissionId: id, societyName: '新疆计算机学会', items: ['B1.1', 'B8.1'] })])
    expect([rechecks.answered, rechecks.answeredIds]).toEqual([0, []])
    const inbox = await h.ok(REVIEWER, 'notifications.list', {})
    expect(inbox.rows.find((n) => n.kind === 'recheck-requested')!.body).toBe(
      '新疆计算机学会对2022年度审核结果申请复核：B1.1、B8.1，请答复。',
    )
  })

  it('refuses a request outside 公示, a second one, an unknown item, a reason left empty or too long', async () => {
    const { a } = await finalizeBoth()
    expect((await h.fail(FILLER_A, 'submission.requestRecheck', { year: YEAR, items: reasons })).message).toBe('2022年度的审核结果尚未公示')
    await h.ok(ADMIN, 'admin.publishResults', { year: YEAR, until: UNTIL })
    expect((await h.fail(FILLER_A, 'submission.requestRecheck', { year: YEAR, items: {} })).message).toContain('请至少选择一项申请复核')
    expect((await h.fail(FILLER_A, 'submission.requestRecheck', { year: YEAR, items: { 'B1.1': '   ' } })).message).toContain('请填写复核理由')
    expect((await h.fail(FILLER_A, 'submission.requestRecheck', { year: YEAR, items: { 'B1.1': '理'.repeat(301) } })).message).toContain('复核理由不能超过300字')
    expect((await h.fail(FILLER_A, 'submission.requestRecheck', { year: YEAR, items: { 'B99.1': '理由' } })).message).toContain('B99.1')
    await h.ok(FILLER_A, 'submission.requestRecheck', { year: YEAR, items: { 'B1.1': '🙂 已换届' } })
    const twice = await h.fail(FILLER_A, 'submission.requestRecheck', { year: YEAR, items: reasons })
    expect([twice.code, twice.message]).toEqual(['INVALID_STATE', '本学会已申请过复核，每个年度只能申请一次'])
    // The other society's form is never touched by A: a filler asks for its own society only.
    expect((await h.ok(FILLER_B, 'submission.result', { year: YEAR })).recheck).toBeNull()
    expect((await h.ok(REVIEWER, 'review.get', { submissionId: a.id })).recheck?.items).toEqual({ 'B1.1': '🙂 已换届' })
    h.clock.set('2023-03-10T16:00:00.000Z') // 3月11日 00:00 in Beijing
    const late = await h.fail(FILLER_B, 'submission.requestRecheck', { year: YEAR, items: reasons })
    expect([late.code, late.message]).toEqual(['INVALID_STATE', '公示已于2023年3月10日结束，不能再申请复核'])
  })

  it('answers every requested item, recomputes total and grade, notifies the society, and the history shows both', async () => {
    const { id } = await publishedWithRequest()
    const { version } = await h.ok(REVIEWER, 'review.get', { submissionId: id })
    const answered = await h.ok(REVIEWER, 'review.answerRecheck', {
      submissionId: id,
      baseVersion: version,
      items: { 'B1.1': { finalScore: 0, comment: '补充的批复日期为2023年，维持' }, 'B8.1': { finalScore: 6, comment: '活动记录齐全，改为满分' } },
    })
    expect(answered.finalScore?.total).toBe(108)
    expect(answered.recheck).toMatchObject({
      totalBefore: 106,
      totalAfter: 108,
      gradeAfter: '优秀',
      answeredBy: '王审核',
      answers: { 'B1.1': { before: 0, finalScore: 0 }, 'B8.1': { before: 4, finalScore: 6 } },
    })
    const mine = await h.ok(FILLER_A, 'submission.result', { year: YEAR })
    expect([mine.finalScore?.total, mine.grade, mine.review?.items['B8.1']?.comment]).toEqual([108, "优秀", "活动记录齐全，改为满分"])
    const note = (await h.ok(FILLER_A, 'notifications.list', {})).rows.find((n) => n.kind === 'rechecked')!
    expect(note.body).toBe('2022年度复核已答复：更改B8.1，维持B1.1。总分108分，等级优秀。')
    const history = (await h.ok(FILLER_A, 'submission.history', { year: YEAR })).entries
    expect(history.slice(-3).map((e) => [e.kind, e.itemId, e.after?.finalScore ?? null])).toEqual([
      ['recheck-requested', null, null],
      ['recheck-answered', 'B1.1', 0],
      ['recheck-answered', 'B8.1', 6],
    ])
    expect(history.at(-3)!.reasons?.items).toEqual(reasons)
    expect((await h.ok(FILLER_B, 'report.publicResults', { year: YEAR })).rows.find((r) => r.societyId === h.societyA.id)!.changedOnRecheck).toBe(true)
    expect(await h.ok(REVIEWER, 'review.rechecks', { year: YEAR })).toMatchObject({ pending: [], answered: 1, answeredIds: [id] })
    // The list (and so the rank) reads the new final total.
    const list = await h.ok(REVIEWER, 'review.list', { year: YEAR, scope: 'all' })
    expect(list.rows.find((r) => r.id === id)).toMatchObject({ finalTotal: 108, grade: '优秀' })
    // The results workbook's summary marks the result changed on 复核.
    const results = await h.ok(REVIEWER, 'report.results', { year: YEAR })
    const bytes = [...h.reportFiles.saved.values()].find((f) => f.fileName === results.fileName)!.bytes
    const summary = (await openWorkbook(bytes)).getWorksheet('汇总')!
    const header = summary.getRow(3).values as unknown[]
    const rowOfA = summary.getRows(4, 2)!.find((r) => r.getCell(2).value === '新疆计算机学会')!
    expect(rowOfA.getCell(header.indexOf('复核')).value).toBe('复核调整：106→108')
    // Answered once: a second answer is refused.
    expect((await h.fail(REVIEWER, 'review.answerRecheck', { submissionId: id, baseVersion: answered.version, items: {} })).message).toBe(
      '这份自评表没有待答复的复核申请',
    )
  })

  it('refuses an answer missing an item or a comment, naming an item not asked, out of range, or from a stale version', async () => {
    const { id } = await publishedWithRequest()
    const { version } = await h.ok(REVIEWER, 'review.get', { submissionId: id })
    const answer = (items: unknown, baseVersion = version) => h.fail(REVIEWER, 'review.answerRecheck', { submissionId: id, baseVersion, items })
    const missing = await answer({ 'B1.1': { finalScore: 0, comment: '维持' } })
    expect(missing.message).toContain('B8.1：申请了复核，请给出复核得分和说明')
    expect((await answer({ 'B1.1': { finalScore: 0, comment: ' ' }, 'B8.1': { finalScore: 6, comment: '改' } })).message).toContain('请填写复核说明')
    expect((await answer({ 'B1.1': { finalScore: 0, comment: '维持' }, 'B8.1': { finalScore: 6, comment: '改' }, 'B2.1': { finalScore: 5, comment: '多' } })).message).toContain(
      'B2.1：学会没有对这一项申请复核',
    )
    expect((await answer({ 'B1.1': { finalScore: 3, comment: '维持' }, 'B8.1': { finalScore: 6, comment: '改' } })).message).toContain('0到2分')
    expect((await answer({ 'B1.1': { finalScore: 0, comment: '维持' }, 'B8.1': { finalScore: 6, comment: '改' } }, version - 1)).code).toBe('CONFLICT')
    expect((await h.fail(FILLER_A, 'review.answerRecheck', { submissionId: id, baseVersion: version, items: {} })).code).toBe('FORBIDDEN')
    expect((await h.ok(REVIEWER, 'review.get', { submissionId: id })).finalScore?.total).toBe(106)
  })

  it('keeps the year open while a request waits for its answer; closes once answered', async () => {
    const { id } = await publishedWithRequest()
    const refused = await h.fail(ADMIN, 'admin.closeYear', { year: YEAR })
    expect([refused.code, refused.message]).toEqual(['INVALID_STATE', '还有1个学会的复核申请未答复（新疆计算机学会），答复后才能结束年度'])
    const { version } = await h.ok(REVIEWER, 'review.get', { submissionId: id })
    await h.ok(REVIEWER, 'review.answerRecheck', {
      submissionId: id,
      baseVersion: version,
      items: { 'B1.1': { finalScore: 2, comment: '批复已补' }, 'B8.1': { finalScore: 4, comment: '维持' } },
    })
    expect((await h.ok(ADMIN, 'admin.closeYear', { year: YEAR })).status).toBe('closed')
  })
})

describe('report.formPdf: one society’s whole file', () => {
  it('gives a filler its own society’s PDF only; a reviewer any', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    const own = await h.ok(FILLER_A, 'report.formPdf', { submissionId: id })
    expect(own.fileName).toBe('2022年度自评表-新疆计算机学会.pdf')
    expect(own.summary).toMatch(/^新疆计算机学会：\d+页，0张照片$/)
    const bytes = [...h.reportFiles.saved.values()].find((f) => f.fileName === own.fileName)!.bytes
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const refused = await h.fail(FILLER_B, 'report.formPdf', { submissionId: id })
    expect([refused.code, refused.message]).toEqual(['FORBIDDEN', '只能导出本学会的材料'])
    expect((await h.ok(REVIEWER, 'report.formPdf', { submissionId: id })).fileName).toBe(own.fileName)
    expect((await h.fail(REVIEWER, 'report.formPdf', { submissionId: 'no-such-id' })).code).toBe('NOT_FOUND')
  }, 60_000)
})
