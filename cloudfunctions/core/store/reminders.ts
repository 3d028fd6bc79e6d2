import type { ReminderDelivery } from '../../../src/shared'

/** One 催报 to one society: who was told and how each subscribe message fared when sent. */
export interface ReminderRecord {
  id: string
  year: number
  societyId: string
  by: string
  at: string
  deliveries: (ReminderDelivery & { openid: string })[]
}

/**
 * The claim of one scheduled reminder: the timer sends the reminder of (year, society, day) only when its
 * claim is the one stored, so that runs at the same moment, or run again, send it once.
 */
export interface ScheduledReminderClaim {
  year: number
  societyId: string
  /** The Beijing day it is for, `YYYY-MM-DD`. */
  day: string
  daysBefore: number
  /** The run that claimed it. */
  runId: string
  at: string
}

/** 催报 sent by hand, and 自动提醒's claims of scheduled reminders. */
export interface ReminderStore {
  insertReminder(reminder: ReminderRecord): Promise<void>
  /** Oldest first. */
  listReminders(year: number): Promise<ReminderRecord[]>
  /**
   * Stores the claim unless (year, societyId, day) is claimed already, in one operation: true when this claim
   * is the one stored (by this call, or by an earlier call of the same run whose answer was lost).
   */
  claimScheduledReminder(claim: ScheduledReminderClaim): Promise<boolean>
  /** The year's claims, by day then society. */
  listScheduledReminders(year: number): Promise<ScheduledReminderClaim[]>
}
