import { PAGES } from '../../../shared/routes'
import { LIST_SCOPES, LIST_STATUS_LABEL, LIST_STATUSES, SORT_ORDERS, type ActionInput, type ListScope, type ListStatus, type StatusCounts } from '../../../shared'

export type SortOrder = NonNullable<ActionInput<'review.list'>['sort']>

export interface ListQuery {
  /** 我负责的 or 全部; left out, the server's default (我负责的 when any society is assigned to the caller). */
  scope?: ListScope
  status?: ListStatus
  search: string
  sort: SortOrder
}

export const SCOPES: readonly { label: string; value: ListScope }[] = [
  { label: '我负责的', value: 'mine' },
  { label: '全部学会', value: 'all' },
]

export const PAGE_SIZE = 20

export const STATUS_TABS: readonly { label: string; value: ListStatus | undefined }[] = [
  { label: '全部', value: undefined },
  ...(['submitted', 'returned', 'reviewed', 'draft', 'not-started'] as const).map((value) => ({ label: LIST_STATUS_LABEL[value], value })),
]

/** The tabs with the number of societies in each ("已提交 12"), once the counts are known. */
export function tabsWithCounts(counts: StatusCounts | undefined) {
  if (!counts) return STATUS_TABS
  const all = Object.values(counts).reduce((a, b) => a + b, 0)
  return STATUS_TABS.map((t) => ({ ...t, label: `${t.label} ${t.value ? counts[t.value] : all}` }))
}

/** The detail page's link, carrying the list's filter and sort so that 上一份 / 下一份 walk the same list. */
export function detailUrl(id: string, query: ListQuery): string {
  const params = [`id=${encodeURIComponent(id)}`, ...(query.scope ? [`scope=${query.scope}`] : []), `sort=${query.sort}`]
  if (query.status) params.push(`status=${query.status}`)
  if (query.search.trim()) params.push(`search=${encodeURIComponent(query.search.trim())}`)
  return `/${PAGES.reviewerDetail}?${params.join('&')}`
}

/** The list query a detail page was opened from (its URL parameters); unknown values are left out. */
export function queryFromParams(params: Record<string, string | undefined>): ListQuery {
  const status = LIST_STATUSES.find((s) => s === params.status)
  const sort = SORT_ORDERS.find((s) => s === params.sort) ?? 'updated'
  const scope = LIST_SCOPES.find((s) => s === params.scope)
  const search = params.search ? safeDecode(params.search) : ''
  return { ...(scope ? { scope } : {}), ...(status ? { status } : {}), search, sort }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

export const SORTS: readonly { label: string; value: SortOrder }[] = [
  { label: '得分从高到低', value: 'score-desc' },
  { label: '从低到高', value: 'score-asc' },
  { label: '名称', value: 'name' },
  { label: '最近更新', value: 'updated' },
]

/** The review.list input of one page of a query: blank search and 全部 are left out. */
export function listInput(year: number, query: ListQuery, page: number, pageSize = PAGE_SIZE): ActionInput<'review.list'> {
  const search = query.search.trim()
  return {
    year,
    ...(query.scope ? { scope: query.scope } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(search ? { search } : {}),
    sort: query.sort,
    page,
    pageSize,
  }
}
