import type { SubmissionListRow } from '../../src/shared'
import { finalScoreOf } from './handlers/submission-view'
import type { SubmissionRecord } from './ports'

/** What a row of the reviewer's list needs of a submission (the society's name is joined in by the handler). */
export type SubmissionRow = Omit<SubmissionListRow, 'societyName'>

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
