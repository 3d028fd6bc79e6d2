export const itemUrl = (itemId: string, year: number): string =>
  `/pages/item/index?id=${encodeURIComponent(itemId)}&year=${year}`

export const sectionsUrl = (year: number, aGroupId?: string): string =>
  `/pages/sections/index?year=${year}${aGroupId ? `&a=${aGroupId}` : ''}`

/** The year in a page's query, or the current form's year when absent or wrong. */
export function yearParam(raw: string | undefined, fallback: number): number {
  const year = Number(raw)
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : fallback
}
