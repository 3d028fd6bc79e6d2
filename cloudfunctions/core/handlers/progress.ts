import {
  ActionError,
  deadlineFor,
  type LastReminder,
  type PendingSociety,
  type ProgressCounts,
  type ProgressStatus,
  type RemindResult,
} from '../../../src/shared'
import type { Handlers } from '../handler-types'
import { withSocietyDefaults, type Ports, type ReminderRecord, type SocietyRecord } from '../ports'
import { audit } from './records'
import { remindSociety } from './remind-society'
import { requireYear } from './years'
import { NOT_SUBMITTED, fillersBySociety } from '../domain/reminder-targets'

const lastReminderOf = (reminder: ReminderRecord | undefined): LastReminder | null =>
  reminder
    ? { at: reminder.at, deliveries: reminder.deliveries.map(({ name, delivery, error }) => ({ name, delivery, error })) }
    : null

/** Each user's credits for the template this function sends with (none where it sends no messages). */
const creditsHeld = async (ctx: Pick<Ports, 'store' | 'notifier'>): Promise<Record<string, number>> =>
  ctx.notifier.templateId ? ctx.store.listSubscribeCredits(ctx.notifier.templateId) : {}

export const progressHandlers: Pick<Handlers, 'admin.progress' | 'admin.remind'> = {
  'admin.progress': async ({ year }, ctx) => {
    const { record } = await requireYear(ctx, year)
    const [societies, submissions, users, reminders, credits] = await Promise.all([
      ctx.store.listSocieties(),
      ctx.store.listSubmissions(year),
      ctx.store.listUsers(),
      ctx.store.listReminders(year),
      creditsHeld(ctx),
    ])
    const statusOf = new Map(submissions.map((s) => [s.societyId, s.status]))
    const fillers = fillersBySociety(users)
    const latestReminder = new Map(reminders.map((r) => [r.societyId, r]))
    const counts: ProgressCounts = { 'not-started': 0, draft: 0, submitted: 0, returned: 0, reviewed: 0 }
    const pending: PendingSociety[] = []
    // A deactivated society no longer takes part in the year.
    for (const society of societies.filter((s) => withSocietyDefaults(s).active)) {
      const status: ProgressStatus = statusOf.get(society.id) ?? 'not-started'
      counts[status]++
      if (!NOT_SUBMITTED.includes(status)) continue
      const own = fillers.get(society.id) ?? []
      pending.push({
        societyId: society.id,
        name: society.name,
        status,
        contact: society.contact,
        phone: withSocietyDefaults(society).phone || null,
        fillers: own.map((f) => ({ name: f.name, phone: f.phone })),
        deadline: deadlineFor(record, society.id),
        lastReminder: lastReminderOf(latestReminder.get(society.id)),
        subscribeCredits: own.reduce((sum, filler) => sum + (credits[filler.openid] ?? 0), 0),
      })
    }
    pending.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.societyId.localeCompare(b.societyId))
    return { year, counts, pending }
  },

  'admin.remind': async ({ year, societyIds }, ctx) => {
    const { record } = await requireYear(ctx, year)
    if (record.status === 'closed') throw new ActionError('INVALID_STATE', `${year}年度已结束，不能再催报`)
    const ids = [...new Set(societyIds)]
    const societies = await Promise.all(ids.map((id) => ctx.store.getSociety(id)))
    const unknown = ids.filter((_id, i) => !societies[i])
    if (unknown.length > 0) throw new ActionError('NOT_FOUND', `没有找到学会：${unknown.join('、')}`)
    const fillers = fillersBySociety(await ctx.store.listUsers())
    const results: RemindResult[] = []
    for (const society of societies as SocietyRecord[]) {
      const own = fillers.get(society.id) ?? []
      const reminder = await remindSociety(ctx, { record, society, fillers: own, by: ctx.caller.openid })
      await audit(ctx, 'admin.remind', society.id, null, { year, deliveries: reminder.deliveries.map((d) => d.delivery) })
      results.push({ societyId: society.id, name: society.name, deliveries: lastReminderOf(reminder)!.deliveries })
    }
    return { results }
  },
}
