import {
  ActionError,
  STATUS_LABEL,
  parseFinalScores,
  rubricItems,
  scoreTotals,
  type ActionInput,
  type Review,
  type ReviewItem,
  type Rubric,
  type ScoresSaved,
} from '../../../src/shared'
import type { CallContext } from '../handler-types'
import type { SubmissionRecord } from '../ports'
import { invalidInput, nowIso, requireKnownItems, type SubmissionWrite } from './records'
import { bump } from '../domain/submission-change'
import { finalScoreOf } from '../domain/final-score'

export type ScorePatch = ActionInput<'review.saveScores'>['items']

export const reviewerName = (ctx: CallContext) => ctx.caller.user?.name || '审核员'

export function emptyReview(ctx: CallContext): Review {
  return { items: {}, reviewerName: reviewerName(ctx), updatedAt: nowIso(ctx), finalizedAt: null }
}

export function requireUnderReview(record: SubmissionRecord): void {
  if (record.status !== 'submitted') {
    throw new ActionError('INVALID_STATE', `当前状态为“${STATUS_LABEL[record.status]}”，不能修改审核得分`)
  }
}

/** Validates the item ids and the final scores (0 ≤ s ≤ max, multiples of 0.5) against the rubric. */
export function checkScorePatch(rubric: Rubric, items: ScorePatch): void {
  requireKnownItems(rubric, Object.keys(items))
  const scores = Object.fromEntries(
    Object.entries(items).flatMap(([id, item]) => (typeof item.finalScore === 'number' ? [[id, item.finalScore]] : [])),
  )
  const parsed = parseFinalScores(rubric, scores)
  if (!parsed.ok) throw invalidInput(parsed.issues)
}

export interface ScoreChange {
  itemId: string
  before: ReviewItem | null
  after: ReviewItem
}

export interface ScoreConflict {
  itemId: string
  server: ReviewItem | null
}

const sameScore = (a: ReviewItem | null, b: ReviewItem) =>
  (a?.finalScore ?? null) === b.finalScore && (a?.comment ?? '') === b.comment

/** A review with `changes` applied, each item stamped with who set it, when, and at which version. */
export function reviewWith(ctx: CallContext, current: SubmissionRecord, changes: readonly ScoreChange[]): SubmissionRecord {
  const at = nowIso(ctx)
  const version = current.version + 1
  const items = { ...current.review?.items }
  for (const { itemId, after } of changes) items[itemId] = { ...after, reviewer: reviewerName(ctx), at, version }
  const review: Review = { ...(current.review ?? emptyReview(ctx)), items, reviewerName: reviewerName(ctx), updatedAt: at }
  return bump(current, at, { review })
}

/**
 * The changes a patch made from `baseVersion` brings; an omitted field keeps its value, `finalScore: null`
 * goes back to not reviewed. An item another reviewer changed since the base, and now different from the
 * patch, is a conflict: nothing is written and the server's copies are returned, as for the filler's answers.
 */
export function scoreChanges(current: SubmissionRecord, items: ScorePatch, baseVersion: number): ScoreChange[] {
  const changes: ScoreChange[] = []
  const conflicts: ScoreConflict[] = []
  for (const [itemId, patch] of Object.entries(items)) {
    const before = current.review?.items[itemId] ?? null
    const after: ReviewItem = {
      finalScore: patch.finalScore === undefined ? (before?.finalScore ?? null) : patch.finalScore,
      comment: patch.comment === undefined ? (before?.comment ?? '') : patch.comment.trim(),
    }
    if (sameScore(before, after)) continue
    if ((before?.version ?? 0) > baseVersion) conflicts.push({ itemId, server: before })
    else changes.push({ itemId, before, after })
  }
  if (conflicts.length > 0) {
    const ids = conflicts.map((c) => c.itemId).join('、')
    throw new ActionError('CONFLICT', `${ids}刚被其他审核员修改，请查看后再保存`, { conflicts, version: current.version })
  }
  return changes
}

/** Every item not yet reviewed (no final score), its self score taken as the final one, comment kept. */
export function acceptedChanges(current: SubmissionRecord, rubric: Rubric): ScoreChange[] {
  return rubricItems(rubric).flatMap((item) => {
    const before = current.review?.items[item.id] ?? null
    if (typeof before?.finalScore === 'number') return []
    const after = { finalScore: current.selfScore.items[item.id] ?? 0, comment: before?.comment ?? '' }
    return [{ itemId: item.id, before, after }]
  })
}

/**
 * A final score that differs from the self score needs a comment saying why: checked on every item a patch
 * changes, against the score the form's answers earn.
 */
export function requireChangeComments(record: SubmissionRecord, changes: readonly ScoreChange[]): void {
  const missing = changes.flatMap(({ itemId, after }) => {
    const self = record.selfScore.items[itemId] ?? 0
    if (after.finalScore === null || after.finalScore === self || after.comment !== '') return []
    return [{ itemId, path: [], message: `最终得分（${after.finalScore}分）与自评分（${self}分）不同，请填写审核意见说明理由` }]
  })
  if (missing.length > 0) throw invalidInput(missing)
}

/** What a save of scores changed, as `review.saveScores` and `review.acceptSelfScores` answer it (issue 25). */
export function scoresSaved({ after }: SubmissionWrite, changes: readonly ScoreChange[]): ScoresSaved {
  const final = finalScoreOf(after) ?? after.selfScore
  return {
    id: after.id,
    version: after.version,
    updatedAt: after.updatedAt,
    reviewerName: after.review?.reviewerName ?? '',
    changed: changes.map((c) => c.itemId),
    finalScore: scoreTotals(final),
  }
}
