import { ActionError, isEditable, parseAnswers, scoreAnswers, type Rubric } from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import type { SubmissionRecord } from '../ports'
import { mergePatch, parsePatch } from './answers-patch'
import {
  audit,
  bump,
  callerSocietyId,
  findOrCreateSubmission,
  invalidInput,
  nowIso,
  transition,
  writeSubmission,
} from './records'
import { historyOf } from './history'
import { notifyReviewers } from './notify'
import { submissionView } from './submission-view'
import { requireFillingOpen, requireYear } from './years'

export function requireEditable(record: SubmissionRecord): void {
  if (!isEditable(record.status)) throw new ActionError('INVALID_STATE', '已提交的自评表不能修改')
}

/**
 * Writes a change to the caller's own submission for a year, then answers with the society's view. An
 * editable form is refused any change once the year is closed or the society's deadline has passed.
 */
export async function changeOwnSubmission(
  ctx: CallContext,
  year: number,
  change: (current: SubmissionRecord) => SubmissionRecord,
) {
  const societyId = callerSocietyId(ctx)
  const society = await ctx.store.getSociety(societyId)
  if (society?.active === false) throw new ActionError('INVALID_STATE', '本学会已停用，自评表不能再修改或提交；如有疑问请联系管理员')
  const { record: settings, rubric } = await requireYear(ctx, year)
  const write = await writeSubmission(ctx, () => findOrCreateSubmission(ctx, societyId, rubric), (current) => {
    // A form already handed in answers as before (a repeated submit is no change); an editable one is closed.
    if (isEditable(current.status)) requireFillingOpen(ctx, settings, societyId)
    return change(current)
  })
  return { write, view: await submissionView(ctx, write.after, 'society') }
}

/** The score that counts: recomputed from the stored answers, never taken from a client. */
function completeScore(rubric: Rubric, record: SubmissionRecord) {
  const parsed = parseAnswers(rubric, record.answers)
  if (!parsed.ok) throw invalidInput(parsed.issues)
  const score = scoreAnswers(rubric, parsed.value)
  if (!score.complete) {
    const n = score.incomplete.length
    throw new ActionError('INCOMPLETE', `还有${n}项未填写完整：${score.incomplete.join('、')}`, {
      incomplete: score.incomplete,
    })
  }
  return score
}

export const submissionHandlers: Pick<
  Handlers,
  'submission.get' | 'submission.saveAnswers' | 'submission.submit' | 'submission.result' | 'submission.history'
> = {
  'submission.get': async ({ year }, ctx) => {
    const { rubric } = await requireYear(ctx, year)
    return submissionView(ctx, await findOrCreateSubmission(ctx, callerSocietyId(ctx), rubric), 'society')
  },

  'submission.saveAnswers': async ({ year, baseVersion, patch }, ctx) => {
    const { rubric } = await requireYear(ctx, year)
    const parsed = parsePatch(rubric, patch)
    const { view } = await changeOwnSubmission(ctx, year, (current) => {
      requireEditable(current)
      return mergePatch(rubric, current, parsed, baseVersion, ctx.caller.openid, nowIso(ctx))
    })
    return view
  },

  'submission.submit': async ({ year }, ctx) => {
    const { rubric } = await requireYear(ctx, year)
    const { write, view } = await changeOwnSubmission(ctx, year, (current) => {
      if (current.status === 'submitted' || current.status === 'reviewed') return current
      const selfScore = completeScore(rubric, current)
      const at = nowIso(ctx)
      return bump(current, at, { ...transition(current, 'submit', ctx.caller.openid, at), selfScore, submittedAt: at })
    })
    if (write.written) {
      const { before, after } = write
      await audit(ctx, 'submission.submit', after.id, { status: before.status }, {
        status: after.status,
        selfTotal: after.selfScore.total,
      })
      await notifyReviewers(ctx, after, before.status === 'returned' ? 'resubmitted' : 'submitted', view.societyName)
    }
    return view
  },

  'submission.result': async ({ year }, ctx) => {
    await requireYear(ctx, year)
    const record = await ctx.store.findSubmission(callerSocietyId(ctx), year)
    if (!record) throw new ActionError('NOT_FOUND', `本学会还没有填写${year}年度的自评表`)
    return submissionView(ctx, record, 'society')
  },

  'submission.history': async ({ year }, ctx) => {
    await requireYear(ctx, year)
    const record = await ctx.store.findSubmission(callerSocietyId(ctx), year)
    if (!record) throw new ActionError('NOT_FOUND', `本学会还没有填写${year}年度的自评表`)
    if (record.status !== 'reviewed') throw new ActionError('INVALID_STATE', '审核通过后才能查看审核历史')
    return { entries: await historyOf(ctx, record) }
  },
}
