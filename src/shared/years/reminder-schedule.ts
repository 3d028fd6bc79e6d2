import * as z from '../zod'
import { beijingDate } from './deadline'

/**
 * 自动提醒: the days before a society's deadline (its extension, else the year's) on which it is reminded
 * while it has not submitted. A reminder of a day goes out from REMINDER_SEND_HOUR that day, Beijing time.
 */
export const REMINDER_FIELD = '自动提醒'
export const MAX_REMINDER_DAYS = 5
export const MAX_DAYS_BEFORE = 60
export const REMINDER_SEND_HOUR = 9

const DAY_MS = 24 * 3600_000
const BEIJING_OFFSET_MS = 8 * 3600_000

const isWholeDayCount = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_DAYS_BEFORE
const DAY_COUNT_MESSAGE = `${REMINDER_FIELD}：提前天数应为1到${MAX_DAYS_BEFORE}之间的整数`

export const ReminderDaysBefore = z
  .array(z.number({ error: `${REMINDER_FIELD}：提前天数必须是数字` }).check(z.refine(isWholeDayCount, { error: DAY_COUNT_MESSAGE })))
  .check(
    z.maxLength(MAX_REMINDER_DAYS, { error: `${REMINDER_FIELD}：最多设置${MAX_REMINDER_DAYS}个提醒日` }),
    z.refine((days) => new Set(days).size === days.length, { error: `${REMINDER_FIELD}：提前天数不能重复` }),
  )

/** The schedule as stored and shown: latest day first (7, 3, 1). */
export const orderedReminderDays = (days: readonly number[]): number[] => [...days].sort((a, b) => b - a)

/** The Beijing day `daysBefore` days before `deadline` (both `YYYY-MM-DD`). */
export function reminderDay(deadline: string, daysBefore: number): string {
  const [y, m, d] = deadline.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d) - daysBefore * DAY_MS).toISOString().slice(0, 10)
}

/** Whether the reminders of `day` are due at `now`: that Beijing day, from REMINDER_SEND_HOUR on. */
export function isReminderDue(day: string, now: Date): boolean {
  const beijingHour = new Date(now.getTime() + BEIJING_OFFSET_MS).getUTCHours()
  return beijingDate(now) === day && beijingHour >= REMINDER_SEND_HOUR
}

const FULL_WIDTH_DIGIT = /[０-９]/g
const SEPARATORS = /[\s,，、;；]+/

/**
 * What the admin types (`7, 3, 1`, `7，3，1`, `７ ３ １`) read as a schedule, or the problem in Chinese naming
 * the field. Anything that is not a whole number of days (4.5, 1e3, -1, 0, 61) is refused; `4,5` is two days.
 */
export function parseReminderDays(typed: string): { days: number[] } | { problem: string } {
  const normalized = typed.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim()
  if (normalized === '') return { days: [] }
  const parts = normalized.split(SEPARATORS).filter(Boolean)
  const bad = parts.find((p) => !/^\d{1,3}$/.test(p) || !isWholeDayCount(Number(p)))
  if (bad !== undefined) return { problem: `${DAY_COUNT_MESSAGE}，“${bad.slice(0, 20)}”不是` }
  const days = parts.map(Number)
  if (new Set(days).size !== days.length) return { problem: `${REMINDER_FIELD}：提前天数不能重复` }
  if (days.length > MAX_REMINDER_DAYS) return { problem: `${REMINDER_FIELD}：最多设置${MAX_REMINDER_DAYS}个提醒日` }
  return { days: orderedReminderDays(days) }
}
