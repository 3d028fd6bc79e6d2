const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000
const pad = (n: number) => String(n).padStart(2, '0')

/** An ISO time as Beijing time `YYYY-MM-DD HH:mm` (cloud functions run in UTC); '' for none. */
export function beijingTime(iso: string | null): string {
  if (!iso) return ''
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return iso
  const d = new Date(time + BEIJING_OFFSET_MS)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/**
 * An ISO time as a spreadsheet date holding the Beijing wall time (a spreadsheet has no time zones: exceljs
 * writes the Date's UTC fields), so that it sorts and filters as a date; null for none.
 */
export function beijingDate(iso: string | null): Date | null {
  if (!iso) return null
  const time = Date.parse(iso)
  return Number.isNaN(time) ? null : new Date(time + BEIJING_OFFSET_MS)
}
