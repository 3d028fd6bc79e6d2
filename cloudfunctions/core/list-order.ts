import { LIST_STATUSES, type ListStatus, type SortOrder } from '../../src/shared'
import type { SubmissionRow } from './list-row'
import type { ListedSociety, SubmissionListQuery } from './ports'

/** What ordering and filtering the reviewers' list needs of one society; both stores build these. */
export interface ListKey {
  societyName: string
  status: ListStatus
  /** The total that ranks: the final one once reviewed, the self score before; null while not started. */
  rankTotal: number | null
  updatedAt: string | null
  /** Tie-break that keeps pages stable. */
  societyId: string
  /** The reviewer the society is assigned to (我负责的), or null. */
  reviewerOpenid: string | null
}

const byName = (a: ListKey, b: ListKey) =>
  a.societyName.localeCompare(b.societyName, 'zh-CN') || a.societyId.localeCompare(b.societyId)

/** Societies that have not started come after the others in every order but by name. */
const startedFirst = (a: ListKey, b: ListKey) => Number(a.rankTotal === null) - Number(b.rankTotal === null)

const ORDER: Record<SortOrder, (a: ListKey, b: ListKey) => number> = {
  'score-desc': (a, b) => startedFirst(a, b) || (b.rankTotal ?? 0) - (a.rankTotal ?? 0) || byName(a, b),
  'score-asc': (a, b) => startedFirst(a, b) || (a.rankTotal ?? 0) - (b.rankTotal ?? 0) || byName(a, b),
  name: byName,
  updated: (a, b) => startedFirst(a, b) || (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || byName(a, b),
}

export const emptyCounts = (): Record<ListStatus, number> =>
  Object.fromEntries(LIST_STATUSES.map((s) => [s, 0])) as Record<ListStatus, number>

/**
 * Counts per status over the keys in scope (one reviewer's societies, or all), then filters, orders (names
 * in pinyin order) and slices one page.
 */
export function pageOfList<K extends ListKey>(keys: readonly K[], query: SubmissionListQuery) {
  const assigned = query.reviewer === undefined ? [] : keys.filter((k) => k.reviewerOpenid === query.reviewer)
  const narrowed = query.reviewer !== undefined && !(query.allWhenNoneAssigned && assigned.length === 0)
  const scoped = narrowed ? assigned : keys
  const counts = emptyCounts()
  for (const key of scoped) counts[key.status]++
  const search = query.search?.trim().toLowerCase() ?? ''
  const matching = scoped
    .filter((k) => !query.status || k.status === query.status)
    .filter((k) => !search || k.societyName.toLowerCase().includes(search))
    .sort(ORDER[query.sort])
  return { total: matching.length, counts, narrowed, rows: matching.slice(query.offset, query.offset + query.limit) }
}

/** The list key of a society and its submission's list row for the year (null: not started). */
export const listKeyOf = (society: ListedSociety, row: SubmissionRow | null): ListKey => ({
  societyId: society.id,
  societyName: society.name,
  status: row?.status ?? 'not-started',
  rankTotal: row ? (row.finalTotal ?? row.selfTotal) : null,
  updatedAt: row?.updatedAt ?? null,
  reviewerOpenid: society.reviewerOpenid ?? null,
})
