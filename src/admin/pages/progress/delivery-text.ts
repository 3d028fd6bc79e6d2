import { isNoCreditDelivery, type LastReminder, type PendingSociety, type ReminderDelivery, type RemindResult } from '../../../shared'
import { formatDateTime } from '../../../features/format/date-time'

/** How a reminder reached a filler: a delivery status, or not tried for want of a subscribe credit. */
type DeliveryKind = ReminderDelivery['delivery'] | 'no-credit'

const DELIVERY_LABEL: Record<DeliveryKind, string> = {
  sent: '订阅消息已发出',
  'no-credit': '没有提醒次数，未发订阅消息（仅站内消息）',
  refused: '未订阅（仅站内消息）',
  failed: '订阅消息发送失败（站内消息已发）',
  pending: '订阅消息发送中',
}

const kindOf = (d: ReminderDelivery): DeliveryKind => (isNoCreditDelivery(d) ? 'no-credit' : d.delivery)

/** One line per filler: who, and how the reminder reached them. */
export const deliveryLines = (deliveries: readonly ReminderDelivery[]): string[] =>
  deliveries.length === 0 ? ['没有绑定的填报人，未能发出'] : deliveries.map((d) => `${d.name || '填报人'}：${DELIVERY_LABEL[kindOf(d)]}`)

export const reminderSummary = (reminder: LastReminder): string =>
  `已催报 ${formatDateTime(reminder.at)}｜${deliveryLines(reminder.deliveries).join('；')}`

/** Up to this many societies, the outcome names each filler; beyond, it counts them (a modal is one screen). */
export const OUTCOME_LINES_MAX = 8
const LINE_BREAK = '；\n'

/**
 * What the 已催报 modal says: a line per filler for a few societies, else a count per way it reached them. Lines
 * end in "；" as well: WeChat's modal breaks lines at "\n", the H5 one shows it as a space.
 */
export function remindOutcome(results: readonly RemindResult[]): string {
  if (results.length <= OUTCOME_LINES_MAX) {
    return results.flatMap((r) => deliveryLines(r.deliveries).map((line) => `${r.name}｜${line}`)).join(LINE_BREAK)
  }
  const fillers = results.flatMap((r) => r.deliveries)
  const unbound = results.filter((r) => r.deliveries.length === 0).length
  const counted = (Object.keys(DELIVERY_LABEL) as DeliveryKind[])
    .map((kind) => [DELIVERY_LABEL[kind], fillers.filter((d) => kindOf(d) === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label}：${n}位填报人`)
  const lines = [`站内消息已发给${fillers.length}位填报人`, ...counted]
  if (unbound > 0) lines.push(`${unbound}个学会没有绑定的填报人，未能发出`)
  return lines.join(LINE_BREAK)
}

/** The outcome's title: "已发给2个学会，11个无人可发" — a society without a bound filler was not reminded. */
export function remindTitle(results: readonly RemindResult[]): string {
  const reached = results.filter((r) => r.deliveries.length > 0).length
  const nobody = results.length - reached
  if (nobody === 0) return `已发给${reached}个学会`
  if (reached === 0) return `${nobody}个学会无人可发`
  return `已发给${reached}个学会，${nobody}个无人可发`
}

/** Whether the society's fillers can get a WeChat message now (the credits they hold), or only the inbox. */
export const creditText = (credits: number): string => (credits > 0 ? `持有提醒次数 ${credits}` : '仅站内消息')

/** How many of the listed societies a 催报 would reach by WeChat message now; the rest get the inbox only. */
export function creditSummary(pending: readonly Pick<PendingSociety, 'subscribeCredits'>[]): string {
  const reachable = pending.filter((s) => s.subscribeCredits > 0).length
  return `微信提醒：${reachable}个学会的填报人持有提醒次数（催报同时发微信消息），其余${pending.length - reachable}个只收到站内消息`
}
