import { MAX_COMMENT_CHARS } from '../answers/limits'
import * as z from '../zod'

/** 公示 and 复核 (issue 22): what is stored and shown of a year's publication and of a society's re-check. */

/** Longest reason a society may give for one item of its 复核 request. */
export const MAX_RECHECK_REASON_CHARS = 300
export { MAX_COMMENT_CHARS as MAX_RECHECK_COMMENT_CHARS }

/** A year's 公示: results published until `until` (a day, `YYYY-MM-DD`, the whole day in Beijing). */
export const Publication = z.object({
  until: z.string(),
  publishedAt: z.string(),
  /** Published before every active society was finalized (the admin confirmed it). */
  partial: z.boolean(),
})
export type Publication = z.infer<typeof Publication>

/** One answered item of a 复核: the final score before and after, and the reviewer's comment. */
export const RecheckAnswer = z.object({
  before: z.number(),
  finalScore: z.number(),
  comment: z.string(),
})
export type RecheckAnswer = z.infer<typeof RecheckAnswer>

/** A society's 复核 request and, once given, the reviewer's answer (the final totals and grades around it). */
export const Recheck = z.object({
  requestedAt: z.string(),
  /** Item id → the society's reason. */
  items: z.record(z.string(), z.string()),
  totalBefore: z.number(),
  gradeBefore: z.string(),
  answeredAt: z.nullable(z.string()),
  answeredBy: z.nullable(z.string()),
  answers: z.nullable(z.record(z.string(), RecheckAnswer)),
  totalAfter: z.nullable(z.number()),
  gradeAfter: z.nullable(z.string()),
})
export type Recheck = z.infer<typeof Recheck>

/** One society in the public list of results: its grade, never its scores. */
export const PublicResultRow = z.object({
  societyId: z.string(),
  societyName: z.string(),
  grade: z.string(),
  /** Its result changed on 复核. */
  changedOnRecheck: z.boolean(),
})
export type PublicResultRow = z.infer<typeof PublicResultRow>

/** A 复核 request waiting for its answer, in the reviewers' and the admin's lists. */
export const PendingRecheck = z.object({
  submissionId: z.string(),
  societyName: z.string(),
  requestedAt: z.string(),
  items: z.array(z.string()),
})
export type PendingRecheck = z.infer<typeof PendingRecheck>
