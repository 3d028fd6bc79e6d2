import { SUBMISSION_STATUSES, STATUS_LABEL } from '../submission-status'
import { DELIVERY_STATUSES } from './entities'
import * as z from '../zod'
import { YEAR_STATUSES } from '../years'

/** Progress keys: a registered society with no form yet is `not-started`; the rest are submission statuses. */
export const PROGRESS_STATUSES = ['not-started', ...SUBMISSION_STATUSES] as const
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number]
export const PROGRESS_LABEL: Record<ProgressStatus, string> = { 'not-started': '未开始', ...STATUS_LABEL }

export const ReminderDelivery = z.object({
  name: z.string(),
  delivery: z.enum(DELIVERY_STATUSES),
  error: z.nullable(z.string()),
})
export type ReminderDelivery = z.infer<typeof ReminderDelivery>

export const LastReminder = z.object({ at: z.string(), deliveries: z.array(ReminderDelivery) })
export type LastReminder = z.infer<typeof LastReminder>

/** A society that has not submitted yet, with whom to call: its registered contact and its bound fillers. */
export const PendingSociety = z.object({
  societyId: z.string(),
  name: z.string(),
  status: z.enum(PROGRESS_STATUSES),
  /** The contact registered for the society (联系人) and their phone; null when none was registered. */
  contact: z.string(),
  phone: z.nullable(z.string()),
  /** The fillers bound to it in the app, as they registered (phone '' when they gave none). */
  fillers: z.array(z.object({ name: z.string(), phone: z.string() })),
  deadline: z.nullable(z.string()),
  lastReminder: z.nullable(LastReminder),
  /** Subscribe messages its bound fillers can get now (one per consent they gave); 0: the inbox only. */
  subscribeCredits: z.number(),
})
export type PendingSociety = z.infer<typeof PendingSociety>

export const RemindResult = z.object({
  societyId: z.string(),
  name: z.string(),
  deliveries: z.array(ReminderDelivery),
})
export type RemindResult = z.infer<typeof RemindResult>

/** How many societies are in each progress status. */
export const ProgressCounts = z.object({
  'not-started': z.number(),
  draft: z.number(),
  submitted: z.number(),
  returned: z.number(),
  reviewed: z.number(),
})
export type ProgressCounts = z.infer<typeof ProgressCounts>

/** One year of the society's forms, as the filler's home lists it (往年 and the current year). */
export const SocietyYear = z.object({
  year: z.number(),
  title: z.string(),
  yearStatus: z.enum(YEAR_STATUSES),
  /** The deadline that applies to the society (its extension, else the year's); null: none. */
  deadline: z.nullable(z.string()),
  /** Why the society can no longer change or submit this year's form; null while filling is open. */
  closedReason: z.nullable(z.string()),
  /** The society's form of the year; null when it never opened it. Totals: the final one once reviewed. */
  submission: z.nullable(
    z.object({
      status: z.enum(SUBMISSION_STATUSES),
      selfTotal: z.number(),
      finalTotal: z.nullable(z.number()),
      grade: z.nullable(z.string()),
    }),
  ),
})
export type SocietyYear = z.infer<typeof SocietyYear>
// ---- 自动提醒: who a reminder schedule would reach ----

/** A society a scheduled reminder would reach, on its own day (its extension moves it). */
export const ScheduledSociety = z.object({
  societyId: z.string(),
  name: z.string(),
  /** The day it would be reminded, `YYYY-MM-DD`. */
  date: z.string(),
  /** Its deadline: the year's, or its extension. */
  deadline: z.string(),
  /** Fillers bound to it: 0 means nobody would receive the reminder. */
  fillers: z.number(),
})
export type ScheduledSociety = z.infer<typeof ScheduledSociety>

/** One day of the schedule: the societies not submitted that would be reminded, and those with no filler to tell. */
export const ReminderPreviewDay = z.object({
  daysBefore: z.number(),
  /** The day by the year's deadline; null without one. Extended societies have their own `date`. */
  date: z.nullable(z.string()),
  reminded: z.array(ScheduledSociety),
  withoutFiller: z.array(ScheduledSociety),
})
export type ReminderPreviewDay = z.infer<typeof ReminderPreviewDay>

/** What one run of the reminder timer sent: one entry per society and day. */
export const ScheduledReminderSent = z.object({
  year: z.number(),
  societyId: z.string(),
  name: z.string(),
  day: z.string(),
  daysBefore: z.number(),
  deliveries: z.array(ReminderDelivery),
})
export type ScheduledReminderSent = z.infer<typeof ScheduledReminderSent>
