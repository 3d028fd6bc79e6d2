import { retryUndelivered } from '../../cloudfunctions/core/handlers'
import { FILLER_A, FILLER_B, REVIEWER, YEAR, useHarness } from './harness'

const h = useHarness()

const inbox = (openid = FILLER_A) => h.ok(openid, 'notifications.list', {})
const finalizeA = async () => {
  const { id } = await h.submitComplete(FILLER_A)
  return h.call(REVIEWER, 'review.finalize', { submissionId: id })
}

describe('notifying the society', () => {
  it('puts the result in the inbox of every filler of the society and sends a subscribe message', async () => {
    const second = 'o-filler-a2'
    await h.ok(second, 'account.bind', { bindingCode: h.societyA.code, name: '钱填报', phone: '13600136000' })
    await h.consent(FILLER_A)
    await h.consent(second)
    expect(await finalizeA()).toMatchObject({ ok: true })
    for (const openid of [FILLER_A, second]) {
      const { rows, unread } = await inbox(openid)
      expect(unread).toBe(1)
      expect(rows).toEqual([
        expect.objectContaining({
          kind: 'reviewed',
          title: '自评表审核结果',
          body: '2022年度自评表已审核，总分110分（满分110分）',
          page: 'filler/result/index?year=2022',
          read: false,
          delivery: 'sent',
          deliveryError: null,
        }),
      ])
    }
    expect(h.notifier.sent.map((m) => m.openid).sort()).toEqual([FILLER_A, second].sort())
    expect((await inbox(FILLER_B)).total).toBe(0)
  })

  it('tells the society of a return, pointing at the home page', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    await h.ok(REVIEWER, 'review.return', { submissionId: id, overall: '请补充材料', items: {} })
    expect((await inbox()).rows[0]).toMatchObject({
      kind: 'returned',
      title: '自评表已退回修改',
      page: 'pages/home/index?year=2022',
      body: expect.stringContaining('请补充材料'),
    })
  })

  it('keeps the transition and the inbox entry when the user refused subscribe messages', async () => {
    await h.consent(FILLER_A)
    h.notifier.mode = 'refused'
    expect(await finalizeA()).toMatchObject({ ok: true, data: { status: 'reviewed' } })
    expect((await inbox()).rows[0]).toMatchObject({ delivery: 'refused', deliveryError: expect.stringContaining('43101') })
    expect(await retryUndelivered(h.context(null))).toEqual({ tried: 0, sent: 0 })
  })

  it('keeps the transition when the notifier throws, and a later retry delivers the message', async () => {
    await h.consent(FILLER_A)
    h.notifier.mode = 'throws'
    expect(await finalizeA()).toMatchObject({ ok: true, data: { status: 'reviewed' } })
    expect((await inbox()).rows[0]).toMatchObject({ delivery: 'failed', deliveryError: 'errcode -1: system busy' })
    h.notifier.mode = 'sent'
    expect(await retryUndelivered(h.context(null))).toEqual({ tried: 1, sent: 1 })
    expect((await inbox()).rows[0]).toMatchObject({ delivery: 'sent', deliveryError: null })
    expect(h.notifier.sent).toHaveLength(1)
  })

  it('retries a first send that a crash left pending, once it is clearly not under way any more', async () => {
    // The first send used one credit; the crash lost it with the send, so the retry uses the second.
    await h.consent(FILLER_A)
    await h.consent(FILLER_A)
    await finalizeA()
    const [stored] = (await h.store.listNotifications(FILLER_A, 0, 1)).rows
    await h.store.updateNotification({ ...stored!, delivery: 'pending', attempts: 0 })
    expect(await retryUndelivered(h.context(null))).toEqual({ tried: 0, sent: 0 })
    h.clock.advance(11 * 60 * 1000)
    expect(await retryUndelivered(h.context(null))).toEqual({ tried: 1, sent: 1 })
    expect((await h.store.listNotifications(FILLER_A, 0, 1)).rows[0]).toMatchObject({ delivery: 'sent', attempts: 1 })
  })

  it('gives up on a message after three attempts', async () => {
    await h.consent(FILLER_A)
    h.notifier.mode = 'failed'
    await finalizeA()
    expect(await retryUndelivered(h.context(null))).toEqual({ tried: 1, sent: 0 })
    expect(await retryUndelivered(h.context(null))).toEqual({ tried: 1, sent: 0 })
    expect(await retryUndelivered(h.context(null))).toEqual({ tried: 0, sent: 0 })
    const [stored] = (await h.store.listNotifications(FILLER_A, 0, 1)).rows
    expect(stored).toMatchObject({ delivery: 'failed', attempts: 3 })
  })

  it('keeps the transition even when the inbox cannot be written', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    jest.spyOn(h.store, 'insertNotification').mockRejectedValue(new Error('disk full'))
    expect(await finalizeA()).toMatchObject({ ok: true, data: { status: 'reviewed' } })
    expect(log).toHaveBeenCalled()
  })
})

describe('the inbox', () => {
  beforeEach(async () => {
    const { id } = await h.submitComplete(FILLER_A)
    for (const reason of ['第一次', '第二次']) {
      h.clock.advance(60_000)
      await h.ok(REVIEWER, 'review.return', { submissionId: id, overall: reason, items: {} })
      await h.ok(FILLER_A, 'submission.submit', { year: YEAR })
    }
  })

  it('lists the newest first, page by page, with the unread count', async () => {
    const first = await h.ok(FILLER_A, 'notifications.list', { page: 1, pageSize: 1 })
    expect(first).toMatchObject({ total: 2, unread: 2 })
    expect(first.rows[0]?.body).toContain('第二次')
    const second = await h.ok(FILLER_A, 'notifications.list', { page: 2, pageSize: 1 })
    expect(second.rows[0]?.body).toContain('第一次')
  })

  it('marks the caller’s own as read by id or all at once; others’ ids change nothing', async () => {
    const [newest] = (await inbox()).rows
    // The reviewer's own inbox has the submit and the two resubmits; filler A's id marks none of them.
    const reviewerOwn = await h.ok(REVIEWER, 'notifications.markRead', { ids: [newest!.id] })
    expect(reviewerOwn).toEqual({ unread: 3 })
    expect(await h.ok(FILLER_A, 'notifications.unreadCount', {})).toEqual({ unread: 2 })
    expect(await h.ok(FILLER_A, 'notifications.markRead', { ids: [newest!.id] })).toEqual({ unread: 1 })
    expect(await h.ok(FILLER_A, 'notifications.markRead', { all: true })).toEqual({ unread: 0 })
    expect(await h.fail(FILLER_A, 'notifications.markRead', {})).toMatchObject({ code: 'INVALID_INPUT' })
  })
})
