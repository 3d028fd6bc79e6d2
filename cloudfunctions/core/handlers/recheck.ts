import { ActionError, chineseDate, gradeFor, isPast, recheckState, type Recheck } from '../../../src/shared'
import type { Handlers } from '../handler-types'
import { notifyReviewers, notifySociety } from './notify'
import { auditEntry, invalidInput, nowIso, requireKnownItems, requireSubmission, writeSubmission } from './records'
import { checkScorePatch, reviewerName, reviewWith, type ScoreChange } from './review-scores'
import { changeOwnSubmission } from './submission'
import { additionCounts, unrequestedAdditions } from './recheck-evidence'
import { submissionView } from './submission-view'
import { requireReviewOpen, requireYear } from './years'
import { finalScoreOf } from '../domain/final-score'
import { requirePublished } from '../domain/publication'
import { bump } from '../domain/submission-change'

/** 复核 (issue 22): a society asks, once, during 公示, for items of its own reviewed form; a reviewer answers. */

const list = (ids: readonly string[]) => ids.join('、')

export const recheckHandlers: Pick<Handlers, 'submission.requestRecheck' | 'review.answerRecheck'> = {
  'submission.requestRecheck': async ({ year, items }, ctx) => {
    const { record: yearRecord, rubric } = await requireYear(ctx, year)
    requireReviewOpen(yearRecord)
    const publication = requirePublished(yearRecord)
    if (isPast(publication.until, ctx.clock.now())) {
      throw new ActionError('INVALID_STATE', `公示已于${chineseDate(publication.until)}结束，不能再申请复核`)
    }
    requireKnownItems(rubric, Object.keys(items))
    const reasons = Object.fromEntries(Object.entries(items).map(([id, reason]) => [id, reason.trim()]))
    const { write, view } = await changeOwnSubmission(
      ctx,
      year,
      () => (current) => {
        if (current.status !== 'reviewed') throw new ActionError('INVALID_STATE', '只能对已审核的自评表申请复核')
        if (current.recheck) throw new ActionError('INVALID_STATE', '本学会已申请过复核，每个年度只能申请一次')
        const unasked = unrequestedAdditions(current, reasons)
        if (unasked.length > 0) {
          const message = '补充了证明材料但没有申请复核：请一并申请这一项，或先删除补充的材料'
          throw invalidInput(unasked.map((itemId) => ({ itemId, path: [], message })))
        }
        const total = finalScoreOf(current)?.total ?? 0
        const recheck: Recheck = {
          requestedAt: nowIso(ctx),
          items: reasons,
          totalBefore: total,
          gradeBefore: gradeFor(total, yearRecord.gradeBands),
          answeredAt: null,
          answeredBy: null,
          answers: null,
          totalAfter: null,
          gradeAfter: null,
        }
        return bump(current, recheck.requestedAt, { recheck })
      },
      (_before, after) =>
        auditEntry(ctx, 'submission.requestRecheck', after.id, null, { items: reasons, newEvidence: additionCounts(after) }),
    )
    const shown = await view()
    if (write.written) await notifyReviewers(ctx, write.after, 'recheck-requested', shown.societyName)
    return shown
  },

  'review.answerRecheck': async ({ submissionId, baseVersion, items }, ctx) => {
    const stored = await requireSubmission(ctx, submissionId)
    const { record: yearRecord, rubric } = await requireYear(ctx, stored.year)
    requireReviewOpen(yearRecord)
    checkScorePatch(rubric, items)
    let answers: NonNullable<Recheck['answers']> = {}
    const write = await writeSubmission(
      ctx,
      () => requireSubmission(ctx, submissionId),
      (current) => {
        const recheck = current.recheck
        if (!recheck || recheckState(recheck) !== 'pending') {
          throw new ActionError('INVALID_STATE', '这份自评表没有待答复的复核申请')
        }
        if (current.version !== baseVersion) {
          throw new ActionError('CONFLICT', '这份自评表在您打开后有了变化，请刷新后再答复')
        }
        const requested = Object.keys(recheck.items)
        const missing = requested.filter((id) => !(id in items))
        const extra = Object.keys(items).filter((id) => !(id in recheck.items))
        const issues = [
          ...missing.map((itemId) => ({ itemId, path: [], message: '申请了复核，请给出复核得分和说明' })),
          ...extra.map((itemId) => ({ itemId, path: [], message: '学会没有对这一项申请复核' })),
        ]
        if (issues.length > 0) throw invalidInput(issues)
        const before = finalScoreOf(current)!
        const changes: ScoreChange[] = requested.map((itemId) => ({
          itemId,
          before: current.review?.items[itemId] ?? null,
          after: { finalScore: items[itemId]!.finalScore, comment: items[itemId]!.comment.trim() },
        }))
        answers = Object.fromEntries(
          changes.map((c) => [c.itemId, { before: before.items[c.itemId] ?? 0, finalScore: c.after.finalScore!, comment: c.after.comment }]),
        )
        const scored = reviewWith(ctx, current, changes)
        const total = finalScoreOf(scored)?.total ?? 0
        const answered: Recheck = {
          ...recheck,
          answeredAt: nowIso(ctx),
          answeredBy: reviewerName(ctx),
          answers,
          totalAfter: total,
          gradeAfter: gradeFor(total, yearRecord.gradeBands),
        }
        return { ...scored, recheck: answered, finalTotal: total }
      },
      (before, next) =>
        auditEntry(ctx, 'review.answerRecheck', submissionId, { total: before.recheck?.totalBefore }, { items: answers, total: next.recheck?.totalAfter }),
    )
    const after = write.after.recheck!
    const changed = Object.entries(answers).filter(([, a]) => a.finalScore !== a.before).map(([id]) => id)
    const kept = Object.keys(answers).filter((id) => !changed.includes(id))
    const parts = [changed.length > 0 && `更改${list(changed)}`, kept.length > 0 && `维持${list(kept)}`].filter(Boolean)
    const body = `${write.after.year}年度复核已答复：${parts.join('，')}。总分${after.totalAfter}分，等级${after.gradeAfter}。`
    await notifySociety(ctx, write.after, 'rechecked', body)
    return submissionView(ctx, write.after, 'reviewer', { year: yearRecord })
  },
}
