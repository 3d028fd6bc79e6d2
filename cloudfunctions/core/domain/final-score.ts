import { finalScoresOf, findRubric, scoreReview, type ScoreSummary } from '../../../src/shared'
import type { SubmissionRecord } from '../store/submissions'

/** The reviewed totals: final scores where given, self scores elsewhere, by the shared engine. */
export function finalScoreOf(record: SubmissionRecord): ScoreSummary | null {
  const rubric = findRubric(record.year)
  return rubric ? scoreReview(rubric, record.answers, finalScoresOf(record.review)) : null
}
