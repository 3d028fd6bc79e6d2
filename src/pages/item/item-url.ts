export const itemUrl = (itemId: string, year: number): string =>
  `/pages/item/index?id=${encodeURIComponent(itemId)}&year=${year}`

export const sectionsUrl = (year: number, aGroupId?: string): string =>
  `/pages/sections/index?year=${year}${aGroupId ? `&a=${aGroupId}` : ''}`
