import { GradeBand } from '../grades'
import * as z from '../zod'
import { DATE_YEARS, deadlineMessage, isCalendarDate, isPast, isUsableDate } from './deadline'

export * from './deadline'
export * from './notification-year'
export * from './reminder-schedule'

export const YEAR_STATUSES = ['open', 'closed'] as const
export type YearStatus = (typeof YEAR_STATUSES)[number]
export const YEAR_STATUS_LABEL: Record<YearStatus, string> = { open: '填报中', closed: '已结束' }

export const DeadlineDate = (label: string) =>
  z.string({ error: `${label}必须是日期` }).check(
    z.refine(isCalendarDate, { error: `${label}应为日期，如 2023-03-31`, abort: true }),
    z.refine(isUsableDate, { error: `${label}的年份应在${DATE_YEARS.first}到${DATE_YEARS.last}之间` }),
  )

/** A year's settings as the admin, the reviewers and the fillers' pages see them. */
export const YearSettings = z.object({
  year: z.number(),
  status: z.enum(YEAR_STATUSES),
  /** The year whose rubric this one was rolled over from; null: the year's own form. */
  rubricFrom: z.nullable(z.number()),
  title: z.string(),
  /** 填报截止, the last day (Beijing time) on which fillers may edit and submit; null: no deadline. */
  deadline: z.nullable(z.string()),
  /** Society id → its own later deadline. */
  extensions: z.record(z.string(), z.string()),
  gradeBands: z.array(GradeBand),
  openedAt: z.string(),
  closedAt: z.nullable(z.string()),
  /** 自动提醒: days before each society's deadline on which it is reminded while not submitted (7, 3, 1). */
  reminderDaysBefore: z.array(z.number()),
})
export type YearSettings = z.infer<typeof YearSettings>

/** The deadline that applies to one society: its extension, else the year's. */
export const deadlineFor = (settings: Pick<YearSettings, 'deadline' | 'extensions'>, societyId: string | null) =>
  (societyId ? settings.extensions[societyId] : undefined) ?? settings.deadline

/**
 * Why a society can no longer change or submit its form of the year: the year is closed, or its deadline
 * (its extension, else the year's) has passed. Null while filling is open.
 */
export function fillingClosedReason(
  settings: Pick<YearSettings, 'year' | 'status' | 'deadline' | 'extensions'>,
  societyId: string | null,
  now: Date,
): string | null {
  if (settings.status === 'closed') return `${settings.year}年度已结束，不能再修改或提交`
  const deadline = deadlineFor(settings, societyId)
  return deadline && isPast(deadline, now) ? deadlineMessage(settings.year, deadline) : null
}
