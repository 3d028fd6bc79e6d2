import { SUBMISSION_STATUSES, STATUS_LABEL } from '../submission-status'
import { DELIVERY_STATUSES } from './entities'
import * as z from '../zod'

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

/** A society that has not submitted yet, with whom to call. */
export const PendingSociety = z.object({
  societyId: z.string(),
  name: z.string(),
  status: z.enum(PROGRESS_STATUSES),
  contact: z.string(),
  /** The number to call: the society's own, else its first filler's; null when none is known. */
  phone: z.nullable(z.string()),
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
