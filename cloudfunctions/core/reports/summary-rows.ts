import { rankTotals, type Rubric } from '../../../src/shared'
import type { SocietyRecord } from '../ports'
import { NOT_STARTED_LABEL, type SocietyForm } from './society-form'

/** One society's line of the year's summary and item matrix. */
export interface SummaryRow {
  societyId: string
  societyName: string
  fillerName: string
  fillerPhone: string
  statusLabel: string
  self: number | null
  final: number | null
  /** A1…A4: the final scores once reviewed, the self scores before; null when not started or nothing answered. */
  groups: Record<string, number> | null
  /** Every item's counting score; an item null when not answered (and not reviewed); null when not started. */
  items: Record<string, number | null> | null
  /** Whether any item is answered (or the form reviewed): a draft with nothing answered shows blanks, not 0. */
  answered: boolean
  grade: string
  /** 上年总分: the society's final total of the year before, when that form was finalized. */
  previousTotal?: number | null
  /** 变化: this year's final total less last year's, once both are known. */
  change?: number | null
  rank: number | null
  submittedAt: string | null
  reviewedAt: string | null
  /** 复核中 / 复核维持 / 复核调整：a→b, or empty. */
  recheck: string
}

export function summaryRow(rubric: Rubric, form: SocietyForm): SummaryRow {
  const counting = form.final ?? form.self
  const items = Object.fromEntries(Object.entries(form.items).map(([id, item]) => [id, item.final ?? item.self]))
  const answered = Object.values(items).some((score) => score !== null)
  return {
    societyId: form.societyId,
    societyName: form.societyName,
    fillerName: form.fillerName,
    fillerPhone: form.fillerPhone,
    statusLabel: form.statusLabel,
    self: form.self.total,
    final: form.final?.total ?? null,
    groups: answered ? Object.fromEntries(rubric.aGroups.map((a) => [a.id, counting.groups[a.id] ?? 0])) : null,
    items,
    answered,
    grade: form.grade,
    rank: null,
    submittedAt: form.submittedAt,
    reviewedAt: form.reviewedAt,
    recheck: form.recheckNote,
  }
}

export const notStartedRow = (society: SocietyRecord): SummaryRow => ({
  societyId: society.id,
  societyName: society.name,
  fillerName: '',
  fillerPhone: '',
  statusLabel: NOT_STARTED_LABEL,
  self: null,
  final: null,
  groups: null,
  items: null,
  answered: false,
  grade: '',
  rank: null,
  submittedAt: null,
  reviewedAt: null,
  recheck: '',
})

const byName = (a: SummaryRow, b: SummaryRow) => a.societyName.localeCompare(b.societyName, 'zh-CN')

/**
 * Ranks the reviewed by final total (equal totals share a rank), and orders the summary: the reviewed by
 * rank, then the others by self total, then those not started, each by name within.
 */
export function rankRows(rows: readonly SummaryRow[]): SummaryRow[] {
  const reviewed = rows.filter((r) => r.final !== null)
  const ranks = rankTotals(reviewed.map((r) => r.final as number))
  const ranked = reviewed.map((r, i) => ({ ...r, rank: ranks[i] ?? null }))
  const rankOrder = (a: SummaryRow, b: SummaryRow) => (a.rank ?? 0) - (b.rank ?? 0) || byName(a, b)
  const started = rows.filter((r) => r.final === null && r.self !== null)
  const notStarted = rows.filter((r) => r.self === null)
  return [
    ...ranked.sort(rankOrder),
    ...started.sort((a, b) => (b.self ?? 0) - (a.self ?? 0) || byName(a, b)),
    ...notStarted.sort(byName),
  ]
}
