/** The year in a page's query, or the current form's year when absent or wrong. */
export function yearParam(raw: string | undefined, fallback: number): number {
  const year = Number(raw)
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : fallback
}
