/**
 * A deadline (填报截止) is a calendar day, `YYYY-MM-DD`: filling stays open through that whole day in
 * Beijing time (UTC+8, no daylight saving), wherever the phone or the server runs.
 */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

const BEIJING_OFFSET_MS = 8 * 3600_000
const DAY_MS = 24 * 3600_000

/** True for a real calendar day written `YYYY-MM-DD` (2023-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false
  const [y, m, d] = text.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** The years a deadline, an extension or a 公示 may fall in (as a form's year: 2000–2100). */
export const DATE_YEARS = { first: 2000, last: 2100 } as const

/**
 * A calendar day in DATE_YEARS. A browser's date box passes through year 2, 20 and 202 while a year is typed
 * digit by digit: those are not dates anyone means, and saving one as a deadline would close filling at once.
 */
export function isUsableDate(text: string): boolean {
  const year = Number(text.slice(0, 4))
  return isCalendarDate(text) && year >= DATE_YEARS.first && year <= DATE_YEARS.last
}

/** The instant filling closes: the end of the deadline day in Beijing. */
export function closesAt(deadline: string): Date {
  const [y, m, d] = deadline.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + 1) - BEIJING_OFFSET_MS)
}

export const isPast = (deadline: string, now: Date): boolean => now.getTime() >= closesAt(deadline).getTime()

/** 2023-03-31 → 2023年3月31日 */
export function chineseDate(deadline: string): string {
  const [y, m, d] = deadline.split('-').map(Number) as [number, number, number]
  return `${y}年${m}月${d}日`
}

/** The message a filler gets for an edit or a submission after the deadline. */
export const deadlineMessage = (year: number, deadline: string): string =>
  `${year}年度填报已于${chineseDate(deadline)}截止`

/** Days the filler still has, counting today (Beijing) as one: 1 on the deadline day itself, 0 once past. */
export function daysLeft(deadline: string, now: Date): number {
  const today = Math.floor((now.getTime() + BEIJING_OFFSET_MS) / DAY_MS)
  const last = Math.floor((closesAt(deadline).getTime() - 1 + BEIJING_OFFSET_MS) / DAY_MS)
  return Math.max(0, last - today + 1)
}

/** The countdown shows in the last days before the deadline. */
export const COUNTDOWN_DAYS = 7

/** The Beijing calendar day of an instant, `YYYY-MM-DD`. */
export function beijingDate(now: Date): string {
  return new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10)
}
