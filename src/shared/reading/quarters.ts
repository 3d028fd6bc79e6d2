import { itemById, type Rubric, type RubricItem } from '../rubric'
import { yearOf } from './dates'

export type Quarter = 1 | 2 | 3 | 4
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4]

export interface QuarterCoverage {
  /** The dates of the assessment year that fall in each quarter (a `YYYY-MM` counts for its month's quarter). */
  byQuarter: Record<Quarter, string[]>
  /** The quarters with no date, in order. */
  missing: Quarter[]
}

export function quarterOf(date: string): Quarter {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter
}

/** Which quarters of the assessment year the dates cover; dates of other years count for none. */
export function quarterCoverage(dates: readonly string[], year: number): QuarterCoverage {
  const byQuarter: Record<Quarter, string[]> = { 1: [], 2: [], 3: [], 4: [] }
  for (const date of dates) if (yearOf(date) === year) byQuarter[quarterOf(date)].push(date)
  return { byQuarter, missing: QUARTERS.filter((q) => byQuarter[q].length === 0) }
}

export type EventPeriod = 'quarter'

const ORDINAL_QUARTER = /第[一二三四1-4]季度/

/**
 * Whether an item's rule counts events per quarter, read from the form's own wording: its 评分标准 says
 * 每季度 (B6.3: 每季度召开支部大会，少1次扣1分), or it is checked quarter by quarter (第一季度… as conditions).
 */
export function itemEventPeriod(item: RubricItem): EventPeriod | null {
  if (item.criterion.includes('每季度')) return 'quarter'
  const { rule } = item
  if (rule.kind === 'checks' && rule.conditions.length === 4 && rule.conditions.every((c) => ORDINAL_QUARTER.test(c.label))) return 'quarter'
  return null
}

/** The event period of an item of a rubric by its id; null for an unknown id or an item that counts no events. */
export function eventPeriodOf(rubric: Rubric, itemId: string): EventPeriod | null {
  const item = itemById(rubric).get(itemId)
  return item ? itemEventPeriod(item) : null
}
