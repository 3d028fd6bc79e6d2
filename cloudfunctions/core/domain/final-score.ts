import { findRubric, scoreReview, type Review, type ScoreSummary } from '../../../src/shared'
import type { SubmissionRecord } from '../store/submissions'

/** The reviewer's final scores by item id, where given. */
export const finalScoresOf = (review: Review | null): Record<string, number> => {
  const scores: Record<string, number> = {}
  for (const [itemId, item] of Object.entries(review?.items ?? {})) {
    if (typeof item.finalScore === 'number') scores[itemId] = item.finalScore
  }
  return scores
}

/** The reviewed totals: final scores where given, self scores elsewhere, by the shared engine. */
export function finalScoreOf(record: SubmissionRecord): ScoreSummary | null {
  const rubric = findRubric(record.year)
  return rubric ? scoreReview(rubric, record.answers, finalScoresOf(record.review)) : null
}
