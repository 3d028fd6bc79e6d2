import { chineseDate, deadlineFor } from '../../../src/shared'
import type { Ports, ReminderRecord, SocietyRecord, UserRecord, YearRecord } from '../ports'
import { notifyUser } from './notify'
import { nowIso } from './records'

const dueIn = (daysBefore: number) => (daysBefore === 1 ? '明天截止' : `${daysBefore}天后截止`)

export interface SocietyReminder {
  record: YearRecord
  society: Pick<SocietyRecord, 'id'>
  fillers: readonly UserRecord[]
  /** Who sent it: the admin's openid for a 催报, the timer's name for a scheduled one. */
  by: string
  /** For a scheduled reminder: how many days before the society's deadline it goes out. */
  daysBefore?: number
}

/**
 * One 催报 to one society by the notify path (inbox, and a subscribe message where the filler consented),
 * recorded as the society's latest reminder (填报进度 shows it).
 */
export async function remindSociety(
  ctx: Pick<Ports, 'store' | 'notifier' | 'clock' | 'newId'>,
  { record, society, fillers, by, daysBefore }: SocietyReminder,
): Promise<ReminderRecord> {
  const { year } = record
  const deadline = deadlineFor(record, society.id)
  const due = deadline ? `，填报截止：${chineseDate(deadline)}${daysBefore ? `（${dueIn(daysBefore)}）` : ''}` : ''
  const body = `${year}年度自评表尚未提交${due}，请尽快填写并提交。`
  const deliveries: ReminderRecord['deliveries'] = []
  for (const filler of fillers) {
    const sent = await notifyUser(ctx, filler.openid, { kind: 'reminder', year, body })
    deliveries.push({ openid: filler.openid, name: filler.name, delivery: sent.delivery, error: sent.deliveryError })
  }
  const reminder: ReminderRecord = { id: ctx.newId(), year, societyId: society.id, by, at: nowIso(ctx), deliveries }
  await ctx.store.insertReminder(reminder)
  return reminder
}
