import * as z from '../zod'
import { SubmissionStatusSchema, Transition } from './entities'

/**
 * Issue 25: a save answers with what it changed, never the whole submission (a few hundred bytes whatever the
 * form holds); the client keeps its own copy and applies the answer to it (src/features/draft/apply-saved.ts).
 */

/** The self score's figures without its per-item table: the client scores its copy with the same engine. */
export const ScoreTotals = z.object({
  total: z.number(),
  max: z.number(),
  complete: z.boolean(),
  groups: z.record(z.string(), z.number()),
})
export type ScoreTotals = z.infer<typeof ScoreTotals>

/** `submission.saveAnswers`' answer. */
export const AnswersSaved = z.object({
  id: z.string(),
  version: z.number(),
  updatedAt: z.string(),
  /** The items this save changed, each now at `version` (none: the patch said what the server had already). */
  changed: z.array(z.string()),
  /** The server's score of each changed item: the per-item verdict. */
  itemScores: z.record(z.string(), z.number()),
  selfScore: ScoreTotals,
})
export type AnswersSaved = z.infer<typeof AnswersSaved>

/** `submission.submit`'s answer. */
export const Submitted = z.object({
  id: z.string(),
  version: z.number(),
  status: SubmissionStatusSchema,
  updatedAt: z.string(),
  submittedAt: z.nullable(z.string()),
  /** The transition this submit made; null for a repeated submit of a form handed in already. */
  transition: z.nullable(Transition),
  selfScore: ScoreTotals,
})
export type Submitted = z.infer<typeof Submitted>
