import type { LastReminder, ReminderDelivery } from '../../../shared'
import { formatDateTime } from '../../../features/format/date-time'

const DELIVERY_LABEL: Record<ReminderDelivery['delivery'], string> = {
  sent: '订阅消息已发出',
  refused: '未订阅（仅站内消息）',
  failed: '订阅消息发送失败（站内消息已发）',
  pending: '订阅消息发送中',
}

/** One line per filler: who, and how the reminder reached them. */
export const deliveryLines = (deliveries: readonly ReminderDelivery[]): string[] =>
  deliveries.length === 0 ? ['没有绑定的填报人，未能发出'] : deliveries.map((d) => `${d.name || '填报人'}：${DELIVERY_LABEL[d.delivery]}`)

export const reminderSummary = (reminder: LastReminder): string =>
  `已催报 ${formatDateTime(reminder.at)}｜${deliveryLines(reminder.deliveries).join('；')}`
