import { NO_SUBSCRIBE_CREDIT, type NotificationKind } from '../../../src/shared'
import { PAGES } from '../../../src/shared/routes'
import { MAX_DELIVERY_ATTEMPTS, type DeliveryResult, type NotificationRecord, type Ports, type SubmissionRecord } from '../ports'
import { boundFillers, nowIso } from './records'

/** Kinds that reach a society's fillers (inbox and subscribe message); the reviewers' kinds are inbox only. */
type SocietyKind = Extract<NotificationKind, 'returned' | 'reviewed' | 'reminder' | 'published' | 'rechecked'>
type ReviewerKind = Extract<NotificationKind, 'submitted' | 'resubmitted' | 'withdrawn' | 'recheck-requested'>

const TITLE: Record<NotificationKind, string> = {
  returned: '自评表已退回修改',
  reviewed: '自评表审核结果',
  submitted: '新提交的自评表',
  resubmitted: '重新提交的自评表',
  reminder: '请尽快填报自评表',
  withdrawn: '学会撤回了自评表',
  'recheck-requested': '复核申请',
  published: '审核结果公示',
  rechecked: '复核结果',
}
const PAGE: Record<SocietyKind, string> = {
  returned: PAGES.home,
  reviewed: PAGES.result,
  reminder: PAGES.home,
  published: PAGES.result,
  rechecked: PAGES.result,
}

/** What a reviewer's inbox entry says of the society's step. */
const REVIEWER_BODY: Record<ReviewerKind, (societyName: string, record: SubmissionRecord) => string> = {
  submitted: (name, r) => `${name}已提交${r.year}年度自评表，自评${r.selfScore.total}分，请审核。`,
  resubmitted: (name, r) => `${name}已修改后重新提交${r.year}年度自评表，自评${r.selfScore.total}分，请审核。`,
  withdrawn: (name, r) => `${name}已撤回${r.year}年度自评表，修改后会重新提交，暂不需审核。`,
  'recheck-requested': (name, r) =>
    `${name}对${r.year}年度审核结果申请复核：${Object.keys(r.recheck?.items ?? {}).join('、')}，请答复。`,
}

export { MAX_DELIVERY_ATTEMPTS }

type DeliveryPorts = Pick<Ports, 'store' | 'notifier'>

/** A first send still 'pending' after this long was cut off (a cloud function runs for a minute at most). */
export const STALE_PENDING_MS = 10 * 60 * 1000

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Sends one notification's subscribe message if its recipient holds a credit for the template (one per
 * consent; a send uses one) and records the outcome; never throws for the notifier. Without a credit nothing
 * is tried: recorded as refused with NO_SUBSCRIBE_CREDIT, never retried. A failed send gives its credit back
 * (WeChat did not use the consent), for the retry.
 */
async function deliver(ctx: DeliveryPorts, notification: NotificationRecord): Promise<NotificationRecord> {
  const { templateId } = ctx.notifier
  const recipient = notification.recipient
  if (templateId && !(await ctx.store.useSubscribeCredit(recipient, templateId))) {
    return recordDelivery(ctx, notification, { status: 'refused', error: NO_SUBSCRIBE_CREDIT }, notification.attempts)
  }
  let result: DeliveryResult
  try {
    result = await ctx.notifier.send({
      openid: recipient,
      kind: notification.kind,
      page: notification.page,
      title: notification.title,
      body: notification.body,
      time: notification.createdAt,
    })
  } catch (error) {
    result = { status: 'failed', error: errorText(error) }
  }
  if (templateId && result.status === 'failed') await ctx.store.addSubscribeCredit(recipient, templateId)
  return recordDelivery(ctx, notification, result, notification.attempts + 1)
}

async function recordDelivery(
  ctx: DeliveryPorts,
  notification: NotificationRecord,
  result: DeliveryResult,
  attempts: number,
): Promise<NotificationRecord> {
  const delivered: NotificationRecord = {
    ...notification,
    delivery: result.status,
    deliveryError: result.status === 'sent' ? null : result.error,
    attempts,
  }
  await ctx.store.updateNotification(delivered)
  return delivered
}

type NotifyPorts = Pick<Ports, 'store' | 'notifier' | 'clock' | 'newId'>

/**
 * Tells one user, in the in-app inbox first and then by subscribe message; answers with the delivery as
 * recorded. Throws only when the store fails.
 */
export async function notifyUser(
  ctx: NotifyPorts,
  recipient: string,
  { kind, year, body }: { kind: SocietyKind; year: number; body: string },
): Promise<NotificationRecord> {
  const notification: NotificationRecord = {
    id: ctx.newId(),
    recipient,
    kind,
    title: TITLE[kind],
    body,
    page: `${PAGE[kind]}?year=${year}`,
    read: false,
    createdAt: nowIso(ctx),
    delivery: 'pending',
    deliveryError: null,
    attempts: 0,
  }
  await ctx.store.insertNotification(notification)
  return deliver(ctx, notification)
}

/**
 * Tells every filler bound to the society, in the in-app inbox first and then by subscribe message.
 * Runs after the transition is stored: whatever fails here is logged and never undoes or fails it.
 */
export async function notifySociety(
  ctx: NotifyPorts,
  record: SubmissionRecord,
  kind: SocietyKind,
  body: string,
): Promise<void> {
  try {
    for (const user of await boundFillers(ctx.store, record.societyId)) {
      await notifyUser(ctx, user.openid, { kind, year: record.year, body })
    }
  } catch (error) {
    console.error(`[notify] ${kind} ${record.id}: 通知未能全部发出（状态变更已保存）`, error)
  }
}

/**
 * Retries subscribe messages that failed (not those the user refused), and first sends left 'pending' by a
 * crash, up to MAX_DELIVERY_ATTEMPTS in all. For a timer trigger. A crash between a successful send and
 * recording it can make a message arrive twice: better twice than never.
 */
export async function retryUndelivered(
  ctx: DeliveryPorts & Pick<Ports, 'clock'>,
  limit = 100,
): Promise<{ tried: number; sent: number }> {
  const stalePendingBefore = new Date(ctx.clock.now().getTime() - STALE_PENDING_MS).toISOString()
  const due = await ctx.store.listUndelivered(limit, stalePendingBefore)
  let sent = 0
  for (const notification of due) {
    if ((await deliver(ctx, notification)).delivery === 'sent') sent++
  }
  return { tried: due.length, sent }
}

/**
 * Puts a submit, resubmit, withdrawal or 复核 request in every reviewer's in-app inbox. Inbox only: reviewers have not consented to
 * subscribe messages, so none is sent (recorded as refused, never retried). Never fails the submit.
 */
export async function notifyReviewers(
  ctx: Pick<Ports, 'store' | 'clock' | 'newId'>,
  record: SubmissionRecord,
  kind: ReviewerKind,
  societyName: string,
): Promise<void> {
  try {
    const reviewers = await ctx.store.listUsersByRole('reviewer')
    await ctx.store.insertNotifications(
      reviewers.map((reviewer) => ({
        id: ctx.newId(),
        recipient: reviewer.openid,
        kind,
        title: TITLE[kind],
        body: REVIEWER_BODY[kind](societyName, record),
        page: `${PAGES.reviewerDetail}?id=${record.id}`,
        read: false,
        createdAt: nowIso(ctx),
        delivery: 'refused' as const,
        deliveryError: '审核员只接收站内消息',
        attempts: 0,
      })),
    )
  } catch (error) {
    console.error(`[notify] ${kind} ${record.id}: 审核员的站内消息未能全部写入（提交已保存）`, error)
  }
}
