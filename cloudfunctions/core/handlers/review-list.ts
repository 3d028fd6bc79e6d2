import { ActionError, gradeFor, type ActionInput, type ListScope, type ReviewListRow, type SortOrder } from '../../../src/shared'
import type { CallContext } from '../handler-types'
import type { SubmissionListEntry, SubmissionListQuery } from '../ports'
import type { GradeBand } from '../../../src/shared'
import { gradeBandsFor } from '../reports/grade-bands'

type ListInput = ActionInput<'review.list'>
type Filter = Pick<ListInput, 'year' | 'status' | 'search' | 'sort' | 'scope'>

const DEFAULT_SORT: SortOrder = 'updated'
/** review.neighbours reads the whole filtered list in one go: a year has a few hundred societies. */
const WHOLE_LIST = 10_000

const storeQuery = (ctx: CallContext, filter: Filter, offset: number, limit: number): SubmissionListQuery => ({
  year: filter.year,
  ...(filter.scope !== 'all' ? { reviewer: ctx.caller.openid, allWhenNoneAssigned: filter.scope === undefined } : {}),
  ...(filter.status ? { status: filter.status } : {}),
  ...(filter.search?.trim() ? { search: filter.search.trim() } : {}),
  sort: filter.sort ?? DEFAULT_SORT,
  offset,
  limit,
})

/** New to this viewer: (re)submitted after they last opened it, or never opened. */
const isNewTo = (seen: Record<string, string>, { submission }: SubmissionListEntry) =>
  submission?.status === 'submitted' &&
  submission.submittedAt !== null &&
  !(seen[submission.id] && seen[submission.id]! >= submission.submittedAt)

function rowOf({ society, submission }: SubmissionListEntry, isNew: boolean, bands: readonly GradeBand[]): ReviewListRow {
  const finalTotal = submission?.finalTotal ?? null
  return {
    id: submission?.id ?? null,
    societyId: society.id,
    societyName: society.name,
    contact: society.contact,
    status: submission?.status ?? 'not-started',
    selfTotal: submission?.selfTotal ?? 0,
    finalTotal,
    grade: finalTotal === null ? null : gradeFor(finalTotal, bands),
    answeredCount: submission?.answeredCount ?? 0,
    submittedAt: submission?.submittedAt ?? null,
    updatedAt: submission?.updatedAt ?? null,
    isNew,
  }
}

/** Every registered society of the year (未开始 included), filtered, ordered and paged by the store. */
export async function listSubmissions(ctx: CallContext, input: ListInput) {
  const { page = 1, pageSize = 20 } = input
  const result = await ctx.store.listSubmissionPage(storeQuery(ctx, input, (page - 1) * pageSize, pageSize))
  const ids = result.rows.flatMap((r) => (r.submission ? [r.submission.id] : []))
  const [seen, bands] = await Promise.all([
    ids.length > 0 ? ctx.store.listSeen(ctx.caller.openid, ids) : {},
    gradeBandsFor(ctx.store, input.year),
  ])
  const scope: ListScope = result.narrowed ? 'mine' : 'all'
  return { total: result.total, page, pageSize, scope, counts: result.counts, rows: result.rows.map((r) => rowOf(r, isNewTo(seen, r), bands)) }
}

/** The submissions before and after one, in the list as filtered and ordered (societies not started skipped). */
export async function neighbours(ctx: CallContext, input: ActionInput<'review.neighbours'>) {
  const { rows } = await ctx.store.listSubmissionPage(storeQuery(ctx, input, 0, WHOLE_LIST))
  const listed = rows.flatMap(({ society, submission }) => (submission ? [{ id: submission.id, societyName: society.name }] : []))
  const at = listed.findIndex((r) => r.id === input.submissionId)
  if (at < 0 && !(await ctx.store.getSubmission(input.submissionId))) throw new ActionError('NOT_FOUND', '没有找到该填报记录')
  return {
    previous: at > 0 ? listed[at - 1]! : null,
    next: at >= 0 && at < listed.length - 1 ? listed[at + 1]! : null,
    position: at + 1,
    count: listed.length,
  }
}
