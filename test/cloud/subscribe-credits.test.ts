import { retryUndelivered } from '../../cloudfunctions/core/handlers'
import { NO_SUBSCRIBE_CREDIT } from '../../src/shared'
import { TEST_TEMPLATE_ID } from './fakes'
import { ADMIN, FILLER_A, FILLER_B, REVIEWER, STRANGER, YEAR, useHarness } from './harness'

const h = useHarness()

const consent = (openid: string, accepted: boolean, templateId?: string) => h.consent(openid, accepted, templateId)
const held = (openid: string) => h.store.getSubscribeCredits(openid, TEST_TEMPLATE_ID)
const inbox = (openid = FILLER_A) => h.ok(openid, 'notifications.list', {})
const remindA = () => h.ok(ADMIN, 'admin.remind', { year: YEAR, societyIds: [h.societyA.id] })
const pendingA = async () => (await h.ok(ADMIN, 'admin.progress', { year: YEAR })).pending.find((p) => p.societyId === h.societyA.id)!

describe('recording subscribe consent', () => {
  it('adds a credit only when the user accepted, and answers the credits held', async () => {
    expect(await consent(FILLER_A, false)).toEqual({ templateId: TEST_TEMPLATE_ID, credits: 0 })
    expect(await consent(FILLER_A, true)).toEqual({ templateId: TEST_TEMPLATE_ID, credits: 1 })
    expect(await consent(FILLER_A, true)).toEqual({ templateId: TEST_TEMPLATE_ID, credits: 2 })
    expect(await consent(FILLER_A, false)).toEqual({ templateId: TEST_TEMPLATE_ID, credits: 2 })
    expect(await held(FILLER_A)).toBe(2)
  })

  it('counts per user and per template', async () => {
    await consent(FILLER_A, true)
    await consent(FILLER_A, true, 'other-template-01')
    expect(await held(FILLER_A)).toBe(1)
    expect(await h.store.getSubscribeCredits(FILLER_A, 'other-template-01')).toBe(1)
    expect(await held(FILLER_B)).toBe(0)
  })

  it('credits the caller of the context, whatever the payload says', async () => {
    const smuggled = await h.call(FILLER_A, 'account.recordSubscribeConsent', { templateId: TEST_TEMPLATE_ID, accepted: true, openid: FILLER_B })
    expect(smuggled).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    await consent(FILLER_A, true)
    expect(await held(FILLER_A)).toBe(1)
    expect(await held(FILLER_B)).toBe(0)
  })

  it('is for bound fillers only, and refuses a malformed template or answer', async () => {
    expect(await h.call(null, 'account.recordSubscribeConsent', { templateId: TEST_TEMPLATE_ID, accepted: true })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect(await h.call(STRANGER, 'account.recordSubscribeConsent', { templateId: TEST_TEMPLATE_ID, accepted: true })).toMatchObject({ ok: false })
    expect(await h.call(REVIEWER, 'account.recordSubscribeConsent', { templateId: TEST_TEMPLATE_ID, accepted: true })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    for (const templateId of ['', 'short', 'x'.repeat(129), '模板编号模板编号模板编号', 'tmpl id with spaces', '1e3']) {
      expect(await h.call(FILLER_A, 'account.recordSubscribeConsent', { templateId, accepted: true })).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    }
    for (const accepted of ['true', 1, null, 'accept']) {
      expect(await h.call(FILLER_A, 'account.recordSubscribeConsent', { templateId: TEST_TEMPLATE_ID, accepted })).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    }
    expect(await h.store.getSubscribeCredits(REVIEWER, TEST_TEMPLATE_ID)).toBe(0)
    expect(await held(FILLER_A)).toBe(0)
  })
})

describe('sending with credits', () => {
  it('uses one credit per message sent', async () => {
    await consent(FILLER_A, true)
    await consent(FILLER_A, true)
    await remindA()
    expect(h.notifier.sent).toHaveLength(1)
    expect(await held(FILLER_A)).toBe(1)
    await remindA()
    expect(h.notifier.sent).toHaveLength(2)
    expect(await held(FILLER_A)).toBe(0)
    expect((await inbox()).rows.map((n) => n.delivery)).toEqual(['sent', 'sent'])
  })

  it('does not try a message without a credit: the inbox has it, counted as not sent for want of a credit', async () => {
    const { results } = await remindA()
    expect(h.notifier.sent).toEqual([])
    expect(results[0]!.deliveries).toEqual([{ name: '张填报', delivery: 'refused', error: NO_SUBSCRIBE_CREDIT }])
    const { rows, unread } = await inbox()
    expect(unread).toBe(1)
    expect(rows[0]).toMatchObject({ kind: 'reminder', delivery: 'refused', deliveryError: NO_SUBSCRIBE_CREDIT })
    const [stored] = (await h.store.listNotifications(FILLER_A, 0, 1)).rows
    expect(stored!.attempts).toBe(0)
    // Never retried: a credit given later does not send an old message.
    await consent(FILLER_A, true)
    expect(await retryUndelivered(h.context(null))).toEqual({ tried: 0, sent: 0 })
    expect(await held(FILLER_A)).toBe(1)
  })

  it('a refused message uses its credit; a failed one gives it back and its retry uses it', async () => {
    await consent(FILLER_A, true)
    h.notifier.mode = 'refused'
    await remindA()
    expect(await held(FILLER_A)).toBe(0)

    await consent(FILLER_A, true)
    h.notifier.mode = 'throws'
    await remindA()
    expect(await held(FILLER_A)).toBe(1)
    h.notifier.mode = 'sent'
    expect(await retryUndelivered(h.context(null))).toEqual({ tried: 1, sent: 1 })
    expect(await held(FILLER_A)).toBe(0)
    expect(h.notifier.sent).toHaveLength(1)
  })

  it('sends a review result only to the fillers of the society who hold a credit', async () => {
    const second = 'o-filler-a2'
    await h.ok(second, 'account.bind', { bindingCode: h.societyA.code, name: '钱填报', phone: '13600136000' })
    await consent(second, true)
    const { id } = await h.submitComplete(FILLER_A)
    await h.ok(REVIEWER, 'review.finalize', { submissionId: id })
    expect(h.notifier.sent.map((m) => m.openid)).toEqual([second])
    expect((await inbox(FILLER_A)).rows[0]).toMatchObject({ kind: 'reviewed', delivery: 'refused', deliveryError: NO_SUBSCRIBE_CREDIT })
    expect((await inbox(second)).rows[0]).toMatchObject({ kind: 'reviewed', delivery: 'sent' })
  })

  it('two sends at once never use one credit twice', async () => {
    await consent(FILLER_A, true)
    await Promise.all([remindA(), remindA(), remindA()])
    expect(h.notifier.sent).toHaveLength(1)
    expect(await held(FILLER_A)).toBe(0)
  })
})

describe('填报进度 shows who can get a WeChat message now', () => {
  it('sums the credits of the society’s fillers for the template the server sends with', async () => {
    expect((await pendingA()).subscribeCredits).toBe(0)
    const second = 'o-filler-a2'
    await h.ok(second, 'account.bind', { bindingCode: h.societyA.code, name: '钱填报', phone: '13600136000' })
    await consent(FILLER_A, true)
    await consent(second, true)
    await consent(second, true)
    await consent(FILLER_A, true, 'other-template-01')
    expect((await pendingA()).subscribeCredits).toBe(3)
    await remindA()
    expect((await pendingA()).subscribeCredits).toBe(1)
    const other = (await h.ok(ADMIN, 'admin.progress', { year: YEAR })).pending.find((p) => p.societyId === h.societyB.id)!
    expect(other.subscribeCredits).toBe(0)
  })
})
