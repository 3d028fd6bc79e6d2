import { ActionError, type Rubric } from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import type { SubmissionRecord } from '../ports'
import { historyOf } from './history'
import { previousYearView } from './previous-year'
import { notifySociety } from './notify'
import { audit, nowIso, requireKnownItems, requireSubmission, writeSubmission, type SubmissionWrite } from './records'
import { listSubmissions, neighbours } from './review-list'
import {
  acceptedChanges,
  checkScorePatch,
  emptyReview,
  requireChangeComments,
  requireUnderReview,
  reviewWith,
  scoreChanges,
  scoresSaved,
  type ScoreChange,
} from './review-scores'
import { submissionView } from './submission-view'
import { requireReviewOpen, requireYear } from './years'
import { readingsOf } from '../reading/reading-view'
import { finalScoreOf } from '../domain/final-score'
import { bump, transition } from '../domain/submission-change'

/**
 * Loads by id, applies `change` (given the year's rubric) with compare-and-set. Refused once the
 * submission's year is closed: its results are frozen.
 */
async function changeSubmission(
  ctx: CallContext,
  submissionId: string,
  change: (current: SubmissionRecord, rubric: Rubric) => SubmissionRecord,
): Promise<SubmissionWrite> {
  const { year } = await requireSubmission(ctx, submissionId)
  const { record, rubric } = await requireYear(ctx, year)
  requireReviewOpen(record)
  return writeSubmission(ctx, () => requireSubmission(ctx, submissionId), (current) => change(current, rubric))
}

const auditTransition = (ctx: CallContext, action: string, { before, after }: SubmissionWrite, details: object) =>
  audit(ctx, action, after.id, { status: before.status }, { status: after.status, ...details })

/** Writes score changes computed against the current record; returns those written. */
async function changeScores(
  ctx: CallContext,
  submissionId: string,
  compute: (current: SubmissionRecord, rubric: Rubric) => ScoreChange[],
) {
  let changes: ScoreChange[] = []
  const write = await changeSubmission(ctx, submissionId, (current, rubric) => {
    requireUnderReview(current)
    changes = compute(current, rubric)
    return changes.length === 0 ? current : reviewWith(ctx, current, changes)
  })
  return { write, changes: write.written ? changes : [] }
}

/** Remembers that this reviewer has looked (the list's "new" mark); never fails the read. */
async function markSeen(ctx: CallContext, submissionId: string) {
  await ctx.store.markSeen(ctx.caller.openid, submissionId, nowIso(ctx)).catch((error: unknown) => {
    console.error(`[review] 未能记录已查看 ${submissionId}`, error)
  })
}

export const reviewHandlers: Pick<
  Handlers,
  | 'review.list'
  | 'review.get'
  | 'review.saveScores'
  | 'review.return'
  | 'review.finalize'
  | 'review.neighbours'
  | 'review.acceptSelfScores'
  | 'review.history'
> = {
  'review.list': async (input, ctx) => listSubmissions(ctx, input),

  'review.get': async ({ submissionId }, ctx) => {
    const record = await requireSubmission(ctx, submissionId)
    await markSeen(ctx, submissionId)
    const [view, lastYear, readings] = await Promise.all([
      submissionView(ctx, record, 'reviewer'),
      previousYearView(ctx, record),
      readingsOf(ctx, record),
    ])
    return { ...view, ...lastYear, readings }
  },

  'review.saveScores': async ({ submissionId, items, baseVersion }, ctx) => {
    const { write, changes } = await changeScores(ctx, submissionId, (current, rubric) => {
      checkScorePatch(rubric, items)
      const changes = scoreChanges(current, items, baseVersion)
      requireChangeComments(current, changes)
      return changes
    })
    for (const change of changes) {
      await audit(ctx, `review.saveScores ${change.itemId}`, submissionId, change.before, change.after)
    }
    return scoresSaved(write, changes)
  },

  'review.acceptSelfScores': async ({ submissionId }, ctx) => {
    const { write, changes } = await changeScores(ctx, submissionId, acceptedChanges)
    if (changes.length > 0) {
      const accepted = Object.fromEntries(changes.map((c) => [c.itemId, c.after.finalScore]))
      await audit(ctx, 'review.acceptSelfScores', submissionId, null, { items: accepted })
    }
    return scoresSaved(write, changes)
  },

  'review.return': async ({ submissionId, overall, items }, ctx) => {
    const itemReasons = Object.fromEntries(Object.entries(items).map(([itemId, reason]) => [itemId, reason.trim()]))
    const reasons = { overall: overall.trim(), items: itemReasons }
    if (!reasons.overall && Object.keys(reasons.items).length === 0) {
      throw new ActionError('INVALID_INPUT', '请填写退回原因（总体原因或至少一项的原因）')
    }
    const write = await changeSubmission(ctx, submissionId, (current, rubric) => {
      requireKnownItems(rubric, Object.keys(items))
      const at = nowIso(ctx)
      const returned = { at, answers: current.answers, evidence: current.evidence }
      return bump(current, at, { ...transition(current, 'return', ctx.caller.openid, at), returnReasons: reasons, returned })
    })
    await auditTransition(ctx, 'review.return', write, { returnReasons: reasons })
    const body = `${write.after.year}年度自评表需修改后重新提交。${reasons.overall || '请查看各项的退回原因。'}`
    await notifySociety(ctx, write.after, 'returned', body)
    return submissionView(ctx, write.after, 'reviewer')
  },

  'review.finalize': async ({ submissionId }, ctx) => {
    const write = await changeSubmission(ctx, submissionId, (current) => {
      const at = nowIso(ctx)
      const review = { ...(current.review ?? emptyReview(ctx)), updatedAt: at, finalizedAt: at }
      const next = bump(current, at, { ...transition(current, 'finalize', ctx.caller.openid, at), review })
      return { ...next, finalTotal: finalScoreOf(next)?.total ?? null }
    })
    const final = finalScoreOf(write.after)
    await auditTransition(ctx, 'review.finalize', write, { finalTotal: final?.total ?? null })
    const body = `${write.after.year}年度自评表已审核，总分${final?.total ?? 0}分（满分${final?.max ?? 0}分）`
    await notifySociety(ctx, write.after, 'reviewed', body)
    return submissionView(ctx, write.after, 'reviewer')
  },

  'review.neighbours': async (input, ctx) => neighbours(ctx, input),

  'review.history': async ({ submissionId }, ctx) => ({ entries: await historyOf(ctx, await requireSubmission(ctx, submissionId)) }),
}
