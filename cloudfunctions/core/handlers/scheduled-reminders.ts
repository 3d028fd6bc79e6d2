import {
  beijingDate,
  deadlineFor,
  isReminderDue,
  orderedReminderDays,
  reminderDay,
  type ScheduledReminderSent,
  type ScheduledSociety,
} from '../../../src/shared'
import type { Handlers } from '../handler-types'
import { withSocietyDefaults, type Ports, type SocietyRecord, type UserRecord, type YearRecord } from '../ports'
import { nowIso } from './records'
import { remindSociety } from './remind-society'
import { requireYear } from './years'
import { NOT_SUBMITTED, fillersBySociety } from '../domain/reminder-targets'

/** What the timer records as the sender of a scheduled reminder (an admin's 催报 records the admin's openid). */
export const SCHEDULE_SENDER = 'timer:scheduled-reminders'

/**
 * Societies reminded per run of the cloud timer: a run must end within the function's timeout (20 s), and
 * an hourly trigger from 09:00 reaches 15 × this many societies a day.
 */
export const REMINDERS_PER_RUN = 50

interface PendingSociety {
  society: SocietyRecord
  deadline: string
  fillers: UserRecord[]
}

/** The year's active societies that have not handed their form in and have a deadline, with their fillers. */
async function pendingSocieties(ctx: Pick<Ports, 'store'>, record: YearRecord): Promise<PendingSociety[]> {
  if (record.status === 'closed') return []
  const [societies, rows, users] = await Promise.all([
    ctx.store.listSocieties(),
    ctx.store.listSubmissionRows(record.year),
    ctx.store.listUsers(),
  ])
  const statusOf = new Map(rows.map((row) => [row.societyId, row.status]))
  const fillers = fillersBySociety(users)
  const pending: PendingSociety[] = []
  for (const society of societies) {
    const deadline = deadlineFor(record, society.id)
    if (!withSocietyDefaults(society).active || !deadline) continue
    if (!NOT_SUBMITTED.includes(statusOf.get(society.id) ?? 'not-started')) continue
    pending.push({ society, deadline, fillers: fillers.get(society.id) ?? [] })
  }
  return pending.sort((a, b) => a.society.name.localeCompare(b.society.name, 'zh-CN') || a.society.id.localeCompare(b.society.id))
}

const claimKey = (societyId: string, day: string) => `${societyId}@${day}`

async function claimedKeys(ctx: Pick<Ports, 'store'>, year: number): Promise<Set<string>> {
  return new Set((await ctx.store.listScheduledReminders(year)).map((c) => claimKey(c.societyId, c.day)))
}

export const scheduledReminderHandlers: Pick<Handlers, 'admin.previewReminders'> = {
  'admin.previewReminders': async ({ year, reminderDaysBefore }, ctx) => {
    const { record } = await requireYear(ctx, year)
    const today = beijingDate(ctx.clock.now())
    const [pending, claimed] = await Promise.all([pendingSocieties(ctx, record), claimedKeys(ctx, year)])
    const days = orderedReminderDays(reminderDaysBefore).map((daysBefore) => {
      const reached: ScheduledSociety[] = pending
        .map(({ society, deadline, fillers }) => ({
          societyId: society.id,
          name: society.name,
          date: reminderDay(deadline, daysBefore),
          deadline,
          fillers: fillers.length,
        }))
        // A day gone by is not sent late, and one already sent is not sent again.
        .filter((s) => s.date >= today && !claimed.has(claimKey(s.societyId, s.date)))
      return {
        daysBefore,
        date: record.deadline ? reminderDay(record.deadline, daysBefore) : null,
        reminded: reached.filter((s) => s.fillers > 0),
        withoutFiller: reached.filter((s) => s.fillers === 0),
      }
    })
    return { year, deadline: record.deadline, days }
  },
}

/** Whether any deadline of the year (its own or an extension) has a reminder due now: else nothing is read. */
function anyDue(record: YearRecord, schedule: readonly number[], now: Date): boolean {
  const deadlines = [record.deadline, ...Object.values(record.extensions)].filter((d): d is string => d !== null)
  return deadlines.some((deadline) => schedule.some((n) => isReminderDue(reminderDay(deadline, n), now)))
}

type TimerPorts = Pick<Ports, 'store' | 'notifier' | 'clock' | 'newId'>

/**
 * The 自动提醒 timer: for every open year with a schedule, reminds each society that has not submitted on
 * each scheduled day before its own deadline (from 09:00 Beijing that day), by inbox and subscribe message.
 * Each (year, society, day) is claimed in the store before it is sent, so that a second run — at the same
 * moment, concurrently, or later that day — sends nothing more. A society with no filler is not claimed:
 * once a filler binds that day, the next run reminds them. At most `limit` societies per run (`more` then).
 */
export async function runScheduledReminders(
  ctx: TimerPorts,
  limit = REMINDERS_PER_RUN,
): Promise<{ sent: ScheduledReminderSent[]; more: boolean }> {
  const now = ctx.clock.now()
  const runId = ctx.newId()
  const sent: ScheduledReminderSent[] = []
  for (const record of await ctx.store.listYears()) {
    const schedule = record.reminderDaysBefore ?? []
    if (record.status !== 'open' || !anyDue(record, schedule, now)) continue
    const [pending, claimed] = await Promise.all([pendingSocieties(ctx, record), claimedKeys(ctx, record.year)])
    for (const { society, deadline, fillers } of pending) {
      const daysBefore = schedule.find((n) => isReminderDue(reminderDay(deadline, n), now))
      if (daysBefore === undefined || fillers.length === 0) continue
      const day = reminderDay(deadline, daysBefore)
      if (claimed.has(claimKey(society.id, day))) continue
      if (sent.length >= limit) return { sent, more: true }
      const claim = { year: record.year, societyId: society.id, day, daysBefore, runId, at: nowIso(ctx) }
      if (!(await ctx.store.claimScheduledReminder(claim))) continue
      try {
        const reminder = await remindSociety(ctx, { record, society, fillers, by: SCHEDULE_SENDER, daysBefore })
        const deliveries = reminder.deliveries.map(({ name, delivery, error }) => ({ name, delivery, error }))
        sent.push({ year: record.year, societyId: society.id, name: society.name, day, daysBefore, deliveries })
      } catch (error) {
        console.error(`[timer] ${record.year}年度 ${society.id} ${day} 的自动提醒未能发出`, error)
      }
    }
  }
  return { sent, more: false }
}
