import {
  ActionError,
  STATUS_LABEL,
  parseFinalScores,
  type ActionInput,
  type Review,
  type ReviewItem,
} from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import type { SubmissionRecord } from '../ports'
import { deepEqual } from './deep-equal'
import { notifySociety } from './notify'
import {
  audit,
  bump,
  invalidInput,
  nowIso,
  requireKnownItems,
  requireRubric,
  requireSubmission,
  transition,
  writeSubmission,
  type SubmissionWrite,
} from './records'
import { listSubmissions } from './review-list'
import { finalScoreOf, submissionView } from './submission-view'

type ScorePatch = ActionInput<'review.saveScores'>['items']

const reviewerName = (ctx: CallContext) => ctx.caller.user?.name || '审核员'

function emptyReview(ctx: CallContext): Review {
  return { items: {}, reviewerName: reviewerName(ctx), updatedAt: nowIso(ctx), finalizedAt: null }
}

/** Validates the item ids and the final scores (0 ≤ s ≤ max, multiples of 0.5) against the rubric. */
function checkScorePatch(record: SubmissionRecord, items: ScorePatch): void {
  const rubric = requireRubric(record.year)
  requireKnownItems(rubric, Object.keys(items))
  const scores = Object.fromEntries(
    Object.entries(items).flatMap(([id, item]) => (typeof item.finalScore === 'number' ? [[id, item.finalScore]] : [])),
  )
  const parsed = parseFinalScores(rubric, scores)
  if (!parsed.ok) throw invalidInput(parsed.issues)
}

interface ScoreChange {
  itemId: string
  before: ReviewItem | null
  after: ReviewItem
}

/** Review items after a patch; an omitted field keeps its value, `finalScore: null` goes back to the self score. */
function applyScores(review: Review | null, items: ScorePatch) {
  const merged = { ...review?.items }
  const changes: ScoreChange[] = []
  for (const [itemId, patch] of Object.entries(items)) {
    const before = merged[itemId] ?? null
    const after: ReviewItem = {
      finalScore: patch.finalScore === undefined ? (before?.finalScore ?? null) : patch.finalScore,
      comment: patch.comment === undefined ? (before?.comment ?? '') : patch.comment.trim(),
    }
    if (deepEqual(before ?? { finalScore: null, comment: '' }, after)) continue
    merged[itemId] = after
    changes.push({ itemId, before, after })
  }
  return { merged, changes }
}

/**
 * A final score that differs from the self score needs a comment saying why: checked on every item a patch
 * changes, against the score the form's answers earn.
 */
function requireChangeComments(record: SubmissionRecord, changes: readonly ScoreChange[]): void {
  const missing = changes.flatMap(({ itemId, after }) => {
    const self = record.selfScore.items[itemId] ?? 0
    if (after.finalScore === null || after.finalScore === self || after.comment !== '') return []
    return [{ itemId, path: [], message: `最终得分（${after.finalScore}分）与自评分（${self}分）不同，请填写审核意见说明理由` }]
  })
  if (missing.length > 0) throw invalidInput(missing)
}

/** Loads by id, applies `change` with compare-and-set, answers with the reviewer's view. */
async function changeSubmission(
  ctx: CallContext,
  submissionId: string,
  change: (current: SubmissionRecord) => SubmissionRecord,
): Promise<SubmissionWrite> {
  return writeSubmission(ctx, () => requireSubmission(ctx, submissionId), change)
}

const auditTransition = (ctx: CallContext, action: string, { before, after }: SubmissionWrite, details: object) =>
  audit(ctx, action, after.id, { status: before.status }, { status: after.status, ...details })

export const reviewHandlers: Pick<
  Handlers,
  'review.list' | 'review.get' | 'review.saveScores' | 'review.return' | 'review.finalize'
> = {
  'review.list': async (input, ctx) => listSubmissions(ctx, input),

  'review.get': async ({ submissionId }, ctx) =>
    submissionView(ctx, await requireSubmission(ctx, submissionId), 'reviewer'),

  'review.saveScores': async ({ submissionId, items }, ctx) => {
    let changes: ScoreChange[] = []
    const write = await changeSubmission(ctx, submissionId, (current) => {
      if (current.status !== 'submitted') {
        throw new ActionError('INVALID_STATE', `当前状态为“${STATUS_LABEL[current.status]}”，不能修改审核得分`)
      }
      checkScorePatch(current, items)
      const applied = applyScores(current.review, items)
      changes = applied.changes
      if (changes.length === 0) return current
      requireChangeComments(current, changes)
      const at = nowIso(ctx)
      const review: Review = {
        ...(current.review ?? emptyReview(ctx)),
        items: applied.merged,
        reviewerName: reviewerName(ctx),
        updatedAt: at,
      }
      return bump(current, at, { review })
    })
    for (const change of write.written ? changes : []) {
      await audit(ctx, `review.saveScores ${change.itemId}`, submissionId, change.before, change.after)
    }
    return submissionView(ctx, write.after, 'reviewer')
  },

  'review.return': async ({ submissionId, overall, items }, ctx) => {
    const itemReasons = Object.fromEntries(Object.entries(items).map(([itemId, reason]) => [itemId, reason.trim()]))
    const reasons = { overall: overall.trim(), items: itemReasons }
    if (!reasons.overall && Object.keys(reasons.items).length === 0) {
      throw new ActionError('INVALID_INPUT', '请填写退回原因（总体原因或至少一项的原因）')
    }
    const write = await changeSubmission(ctx, submissionId, (current) => {
      requireKnownItems(requireRubric(current.year), Object.keys(items))
      const at = nowIso(ctx)
      return bump(current, at, { ...transition(current, 'return', ctx.caller.openid, at), returnReasons: reasons })
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
      return bump(current, at, { ...transition(current, 'finalize', ctx.caller.openid, at), review })
    })
    const final = finalScoreOf(write.after)
    await auditTransition(ctx, 'review.finalize', write, { finalTotal: final?.total ?? null })
    const body = `${write.after.year}年度自评表已审核，总分${final?.total ?? 0}分（满分${final?.max ?? 0}分）`
    await notifySociety(ctx, write.after, 'reviewed', body)
    return submissionView(ctx, write.after, 'reviewer')
  },
}
