import type { Store, SubmissionRecord } from '../ports'
import { submissionPages } from './report-source'
import { finalScoreOf } from '../domain/final-score'

/** A finalized form's final total: stored when it was finalized, else computed again by the engine. */
export const finalTotalOf = (record: SubmissionRecord): number =>
  record.finalTotal ?? finalScoreOf(record)?.total ?? record.selfScore.total

/** Society id → its final total of `year`, for the societies whose form of that year was finalized; read page by page. */
export async function finalTotalsOf(store: Store, year: number): Promise<Map<string, number>> {
  const totals = new Map<string, number>()
  for await (const page of submissionPages(store, year)) {
    for (const record of page) if (record.status === 'reviewed') totals.set(record.societyId, finalTotalOf(record))
  }
  return totals
}

const round1 = (n: number) => Math.round(n * 10) / 10

/** 上年总分 and 变化 of a society: last year's final total, and this year's final total less it once both are known. */
export function changeFromLastYear(final: number | null, previous: number | undefined) {
  const previousTotal = previous ?? null
  return { previousTotal, change: final !== null && previousTotal !== null ? round1(final - previousTotal) : null }
}
