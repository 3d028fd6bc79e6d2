import { SORT_ORDERS, gradeFor, type ActionInput, type SubmissionListRow } from '../../../src/shared'
import { gradeBandsFor } from '../reports/grade-bands'
import type { Ports } from '../ports'

type ListInput = ActionInput<'review.list'>
type SortOrder = (typeof SORT_ORDERS)[number]

const byName = (a: SubmissionListRow, b: SubmissionListRow) => a.societyName.localeCompare(b.societyName, 'zh-CN')
/** The total that counts for ranking: the final one once reviewed, the self score before. */
const rankTotal = (row: SubmissionListRow) => row.finalTotal ?? row.selfTotal

const ORDER: Record<SortOrder, (a: SubmissionListRow, b: SubmissionListRow) => number> = {
  'score-desc': (a, b) => rankTotal(b) - rankTotal(a) || byName(a, b),
  'score-asc': (a, b) => rankTotal(a) - rankTotal(b) || byName(a, b),
  name: byName,
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byName(a, b),
}

/** Every society's submission for a year (societies that have none are not listed), filtered, sorted, paged. */
export async function listSubmissions(ctx: Ports, input: ListInput) {
  const { year, status, sort = 'updated', page = 1, pageSize = 20 } = input
  const search = input.search?.trim().toLowerCase() ?? ''
  const [submissions, societies, bands] = await Promise.all([
    ctx.store.listSubmissionRows(year),
    ctx.store.listSocietyNames(),
    gradeBandsFor(ctx.store, year),
  ])
  const nameOf = new Map(societies.map((s) => [s.id, s.name]))
  const rows: SubmissionListRow[] = submissions.map((s) => ({
    ...s,
    societyName: nameOf.get(s.societyId) ?? '',
    grade: s.finalTotal === null ? null : gradeFor(s.finalTotal, bands),
  }))
  const matching = rows
    .filter((r) => !status || r.status === status)
    .filter((r) => !search || r.societyName.toLowerCase().includes(search))
    .sort(ORDER[sort])
  const start = (page - 1) * pageSize
  return { total: matching.length, page, pageSize, rows: matching.slice(start, start + pageSize) }
}
