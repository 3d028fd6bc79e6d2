import { STATUS_LABEL, type ActionInput, type SubmissionStatus } from '../../../shared'

export type SortOrder = NonNullable<ActionInput<'review.list'>['sort']>

export interface ListQuery {
  status?: SubmissionStatus
  search: string
  sort: SortOrder
}

export const PAGE_SIZE = 20

export const STATUS_TABS: readonly { label: string; value: SubmissionStatus | undefined }[] = [
  { label: '全部', value: undefined },
  ...(['submitted', 'returned', 'reviewed', 'draft'] as const).map((value) => ({ label: STATUS_LABEL[value], value })),
]

export const SORTS: readonly { label: string; value: SortOrder }[] = [
  { label: '得分从高到低', value: 'score-desc' },
  { label: '从低到高', value: 'score-asc' },
  { label: '名称', value: 'name' },
  { label: '最近更新', value: 'updated' },
]

/** The review.list input of one page of a query: blank search and 全部 are left out. */
export function listInput(year: number, query: ListQuery, page: number): ActionInput<'review.list'> {
  const search = query.search.trim()
  return {
    year,
    ...(query.status ? { status: query.status } : {}),
    ...(search ? { search } : {}),
    sort: query.sort,
    page,
    pageSize: PAGE_SIZE,
  }
}
