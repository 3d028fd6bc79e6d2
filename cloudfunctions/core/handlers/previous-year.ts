import { findRubric, gradeFor, rubricItems, type PreviousYear } from '../../../src/shared'
import { registeredPhotos } from '../evidence/duplicates'
import { gradeBandsFor } from '../reports/grade-bands'
import type { Ports, SubmissionRecord } from '../ports'
import { finalScoreOf } from '../domain/final-score'

export interface PreviousYearView {
  previousYear: PreviousYear | null
  risenOnSamePhoto: string[]
}

/** The society's submission of the year before, when it was finalized; null otherwise. */
async function finalizedYearBefore(ctx: Pick<Ports, 'store'>, record: SubmissionRecord) {
  const before = await ctx.store.findSubmission(record.societyId, record.year - 1)
  return before?.status === 'reviewed' ? before : null
}

function previousYearOf(before: SubmissionRecord, bands: Parameters<typeof gradeFor>[1]): PreviousYear | null {
  const rubric = findRubric(before.year)
  const final = finalScoreOf(before)
  if (!rubric || !final) return null
  const finalTotal = before.finalTotal ?? final.total
  const items = Object.fromEntries(
    rubricItems(rubric).map((item) => [
      item.id,
      {
        selfScore: before.selfScore.items[item.id] ?? null,
        finalScore: final.items[item.id] ?? null,
        comment: before.review?.items[item.id]?.comment ?? '',
      },
    ]),
  )
  return { year: before.year, finalTotal, grade: gradeFor(finalTotal, bands), items }
}

/** Items of `record` holding a photo whose bytes are the same as a photo of the same item in `before`. */
function itemsWithLastYearsPhoto(record: SubmissionRecord, before: SubmissionRecord): Set<string> {
  const lastYear = new Set(registeredPhotos(before).map((p) => `${p.itemId} ${p.sha256}`))
  return new Set(registeredPhotos(record).filter((p) => lastYear.has(`${p.itemId} ${p.sha256}`)).map((p) => p.itemId))
}

/**
 * Last year beside this year for the reviewer: the society's finalized form of the year before, and the
 * items to look at twice — the self score rose by more than half the item's maximum on the very same photo.
 */
export async function previousYearView(ctx: Pick<Ports, 'store'>, record: SubmissionRecord): Promise<PreviousYearView> {
  const before = await finalizedYearBefore(ctx, record)
  const rubric = findRubric(record.year)
  if (!before || !rubric) return { previousYear: null, risenOnSamePhoto: [] }
  const previousYear = previousYearOf(before, await gradeBandsFor(ctx.store, before.year))
  if (!previousYear) return { previousYear: null, risenOnSamePhoto: [] }
  const samePhoto = itemsWithLastYearsPhoto(record, before)
  const risenOnSamePhoto = rubricItems(rubric)
    .filter((item) => {
      const now = record.selfScore.items[item.id]
      const then = previousYear.items[item.id]?.selfScore
      return samePhoto.has(item.id) && now !== undefined && typeof then === 'number' && now - then > item.max / 2
    })
    .map((item) => item.id)
  return { previousYear, risenOnSamePhoto }
}
