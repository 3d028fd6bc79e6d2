import { MAX_DELIVERY_ATTEMPTS } from '../../cloudfunctions/core/ports'
import { retryUndelivered } from '../../cloudfunctions/core/handlers'
import { counter } from './counts'
import { handlerDriver, type HandlerDriver } from './handler-driver'
import { buildWorld, submitA, type World } from './world'
import { TEST_TEMPLATE_ID } from '../cloud/fakes'

/** The notifier failing, throwing or refused (43101): the decision stands, the inbox shows the outcome. */
const faults = counter('faults injected')
let d: HandlerDriver
let w: World
beforeEach(async () => {
  d = handlerDriver()
  w = await buildWorld(d)
})
afterEach(() => d.store.close())

/** Filler A accepted one subscribe message, so that the send is tried. */
async function finalizeA(): Promise<void> {
  const consent = { templateId: TEST_TEMPLATE_ID, accepted: true }
  expect(await d.call(w.ids.fillerA, { action: 'account.recordSubscribeConsent', input: consent })).toMatchObject({ ok: true })
  const submissionId = await submitA(d, w)
  expect(await d.call(w.ids.reviewer, { action: 'review.finalize', input: { submissionId } })).toMatchObject({ ok: true })
}

const inboxOfA = async () => {
  const result = await d.call(w.ids.fillerA, { action: 'notifications.list', input: {} })
  if (!result.ok) throw new Error(result.message)
  return (result.data as { rows: { delivery: string; deliveryError: string | null }[] }).rows
}

describe('subscribe messages that do not go out', () => {
  it('shows a refusal (43101) in the inbox as refused and never retries it', async () => {
    d.notifier.mode = 'refused'
    await finalizeA()
    faults.add()
    expect(await inboxOfA()).toEqual([expect.objectContaining({ delivery: 'refused', deliveryError: expect.stringContaining('43101') })])
    d.notifier.mode = 'sent'
    expect(await retryUndelivered(d.context(null))).toEqual({ tried: 0, sent: 0 })
  })

  it.each([['failed'], ['throws']] as const)('retries a notifier that %s until it goes out', async (mode) => {
    d.notifier.mode = mode
    await finalizeA()
    faults.add()
    expect(await inboxOfA()).toEqual([expect.objectContaining({ delivery: 'failed' })])
    expect(await retryUndelivered(d.context(null))).toEqual({ tried: 1, sent: 0 })
    faults.add()
    d.notifier.mode = 'sent'
    expect(await retryUndelivered(d.context(null))).toEqual({ tried: 1, sent: 1 })
    expect(await inboxOfA()).toEqual([expect.objectContaining({ delivery: 'sent', deliveryError: null })])
  })

  it(`stops after ${MAX_DELIVERY_ATTEMPTS} attempts and leaves the message visible as failed`, async () => {
    d.notifier.mode = 'failed'
    await finalizeA()
    for (let i = 0; i < MAX_DELIVERY_ATTEMPTS + 2; i++) await retryUndelivered(d.context(null))
    faults.add(MAX_DELIVERY_ATTEMPTS)
    const [row] = await inboxOfA()
    expect(row).toMatchObject({ delivery: 'failed' })
    expect((await d.store.listNotifications(w.ids.fillerA!, 0, 1)).rows[0]?.attempts).toBe(MAX_DELIVERY_ATTEMPTS)
  })

  it('still retries a new failure when more than 100 exhausted ones pile up', async () => {
    for (let i = 0; i < 120; i++) {
      await d.store.insertNotification({
        id: `old-${i}`,
        recipient: w.ids.fillerB!,
        kind: 'reviewed',
        title: '自评表审核结果',
        body: '旧消息',
        page: 'pages/result/index?year=2022',
        read: false,
        createdAt: '2023-01-01T00:00:00.000Z',
        delivery: 'failed',
        deliveryError: 'errcode -1',
        attempts: MAX_DELIVERY_ATTEMPTS,
      })
    }
    d.notifier.mode = 'failed'
    await finalizeA()
    faults.add()
    d.notifier.mode = 'sent'
    expect(await retryUndelivered(d.context(null))).toEqual({ tried: 1, sent: 1 })
    expect(await inboxOfA()).toEqual([expect.objectContaining({ delivery: 'sent' })])
  })
})
