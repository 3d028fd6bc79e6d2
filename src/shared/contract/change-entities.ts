import * as z from '../zod'
import { EvidenceFileInfo, SubmissionStatusSchema, Transition } from './entities'

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

/** A score's figures without its per-item table. */
export const scoreTotals = ({ total, max, complete, groups }: ScoreTotals): ScoreTotals => ({ total, max, complete, groups })

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

/**
 * `submission.addPhoto`'s and `submission.removePhoto`'s answer: the one file registered or removed on one
 * item; the client changes its copy the same way (src/features/draft/apply-evidence.ts).
 */
export const EvidenceChanged = z.object({
  id: z.string(),
  version: z.number(),
  updatedAt: z.string(),
  /** The version the change was made on; equal to `version` when nothing changed (already registered or gone). */
  from: z.number(),
  itemId: z.string(),
  fileId: z.string(),
  /**
   * addPhoto: what the server read of the file, and the other photos of the form that are the same photo
   * (`exact`: byte for byte), which the client lists both ways as the society's view does; removePhoto: null.
   */
  added: z.nullable(z.object({ file: EvidenceFileInfo, sameAs: z.array(z.object({ fileId: z.string(), exact: z.boolean() })) })),
  /** How many files the item lists now: a copy that counts otherwise misses another change and is reloaded. */
  count: z.number(),
})
export type EvidenceChanged = z.infer<typeof EvidenceChanged>

/**
 * `review.saveScores`' and `review.acceptSelfScores`' answer: which items now carry this reviewer's score at
 * `version`, and the final figures. The reviewer's page sets the scores and comments it sent (the accepted self
 * scores) on its copy and checks them against the figures.
 */
export const ScoresSaved = z.object({
  id: z.string(),
  version: z.number(),
  updatedAt: z.string(),
  reviewerName: z.string(),
  /** The items this call changed, each stamped with the reviewer, `updatedAt` and `version`. */
  changed: z.array(z.string()),
  finalScore: ScoreTotals,
})
export type ScoresSaved = z.infer<typeof ScoresSaved>
