import type { SubmissionStatus } from '../../src/shared'
import type { SubmissionRecord } from './ports'
import { finalScoreOf } from './domain/final-score'

/** What the reviewer's list needs of a submission to filter and order it (the society is joined in by the store). */
export interface SubmissionRow {
  id: string
  societyId: string
  status: SubmissionStatus
  selfTotal: number
  finalTotal: number | null
  answeredCount: number
  submittedAt: string | null
  updatedAt: string
}

/** The list row of a record; stores keep it beside the record so that the list reads only rows. */
export const submissionRowOf = (s: SubmissionRecord): SubmissionRow => ({
  id: s.id,
  societyId: s.societyId,
  status: s.status,
  selfTotal: s.selfScore.total,
  finalTotal: s.status === 'reviewed' ? (finalScoreOf(s)?.total ?? null) : null,
  answeredCount: Object.keys(s.selfScore.items).length - s.selfScore.incomplete.length,
  submittedAt: s.submittedAt,
  updatedAt: s.updatedAt,
})
