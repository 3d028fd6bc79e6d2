import { normaliseForDates } from './normalise-text'

/** Years a document of this product can plausibly carry; other four-digit numbers are ids, amounts, codes. */
const FIRST_YEAR = 1990
const LAST_YEAR = 2100

/**
 * 2022年3月15日 / 2022年3月 (曰 and 目 are how OCR often reads 日) and 2022.3.15 / 2022-03-15 / 2022/3/15 with one
 * separator throughout. A digit right before or after means the numbers are part of something longer
 * (a phone number, an id); a year-month needs 年…月, since 2022.5 is as likely an amount.
 */
const DATE = /(?<!\d)(\d{4})(?:年(\d{1,2})月(?:(\d{1,2})[日曰目号])?|([.\-/])(\d{1,2})\4(\d{1,2})(?![\d]|[.\-/]\d))/g

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** `YYYY-MM-DD`, `YYYY-MM`, or null when the parts are no real date in a plausible year. */
function formatDate(year: number, month: number, day: number | null): string | null {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return null
  if (day === null) return `${year}-${pad(month)}`
  if (day < 1 || day > daysIn(year, month)) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

/** The dates written in a text, as `YYYY-MM-DD` or `YYYY-MM`, each once, in the order they first appear. */
export function findDates(text: string): string[] {
  const found = new Set<string>()
  for (const m of normaliseForDates(text).matchAll(DATE)) {
    const year = Number(m[1])
    const date = m[2] !== undefined
      ? formatDate(year, Number(m[2]), m[3] === undefined ? null : Number(m[3]))
      : formatDate(year, Number(m[5]), Number(m[6]))
    if (date) found.add(date)
  }
  return [...found]
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4))
}

/** True when at least one date was found and every one of them lies outside the assessment year. */
export function outsideYear(dates: readonly string[], year: number): boolean {
  return dates.length > 0 && dates.every((d) => yearOf(d) !== year)
}
