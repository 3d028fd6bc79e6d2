import type { ListStatus, SortOrder } from '../../../src/shared'
import type { SubmissionRow } from '../list-row'
import type { SocietyRecord } from './societies'

/** One page of the reviewers' list of a year: every registered society, with its submission if it has one. */
export interface SubmissionListQuery {
  year: number
  status?: ListStatus
  /** A part of the society's name, any case. */
  search?: string
  sort: SortOrder
  /** Only the societies assigned to this reviewer (我负责的); all when absent. Counts follow the scope. */
  reviewer?: string
  /** With `reviewer`: list all when none is assigned to them. */
  allWhenNoneAssigned?: boolean
  offset: number
  limit: number
}

/** What the reviewers' list needs of a society (the cloud store reads only these fields). */
export type ListedSociety = Pick<SocietyRecord, 'id' | 'name' | 'contact' | 'reviewerOpenid'>

/** A society of the list and its submission's list row for the year (null: not started). */
export interface SubmissionListEntry {
  society: ListedSociety
  submission: SubmissionRow | null
}

export interface SubmissionListPage {
  /** Societies matching the filter. */
  total: number
  /** Societies per status in the scope for the whole year, whatever the filter. */
  counts: Record<ListStatus, number>
  /** Whether the list was narrowed to `reviewer`'s societies. */
  narrowed: boolean
  rows: SubmissionListEntry[]
}

/** The reviewers' list: rows, not whole records, and when each reviewer last opened each submission. */
export interface SubmissionListStore {
  /** Every submission of `year` as a list row (see core/list-row.ts), without answers or history. */
  listSubmissionRows(year: number): Promise<SubmissionRow[]>
  /** Filters, counts, orders (see core/list-order.ts) and pages the year's societies and their submissions. */
  listSubmissionPage(query: SubmissionListQuery): Promise<SubmissionListPage>
  /** Records when a reviewer last opened a submission. */
  markSeen(viewer: string, submissionId: string, at: string): Promise<void>
  /** When the viewer last opened each of these submissions; those never opened are left out. */
  listSeen(viewer: string, submissionIds: readonly string[]): Promise<Record<string, string>>
}
