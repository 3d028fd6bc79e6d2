import { ActionError, isEditable, parseAnswers, scoreAnswers, scoreTotals, type AnswersSaved, type Rubric, type Submitted } from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import { countOwnWrite } from '../caller'
import type { AuditRecord, SubmissionRecord, YearRecord } from '../ports'
import { mergePatch, parsePatch } from './answers-patch'
import { auditEntry, callerSocietyId, findOrCreateSubmission, invalidInput, nowIso, writeSubmission, type SubmissionWrite } from './records'
import { historyOf } from './history'
import { notifyReviewers } from './notify'
import { submissionView } from './submission-view'
import { requireFillingOpen, requireYear, requireYearOf } from './years'
import { bump, transition } from '../domain/submission-change'
import { requireEditable } from '../domain/submission-change'

/** Builds the change once the year (and so its rubric) is known; it may refuse the input then. */
type PrepareChange = (rubric: Rubric, year: YearRecord) => (current: SubmissionRecord) => SubmissionRecord

/**
 * Writes a change to the caller's own submission for a year, then answers with the society's view. An
 * editable form is refused any change once the year is closed or the society's deadline has passed, and any
 * change at all once the society is deactivated. The submission, the society and the year are read at once
 * (store.findSubmissionWithContext) and the view is built from what was read; the caller's write rate is counted
 * in the write (countOwnWrite), and `auditOf` is stored with it. In the cloud, with the submission created and
 * nothing written in between: three operations (the caller's user, this read, the compare-and-set).
 */
export async function changeOwnSubmission(
  ctx: CallContext,
  year: number,
  prepare: PrepareChange,
  auditOf?: (before: SubmissionRecord, after: SubmissionRecord) => AuditRecord,
) {
  const societyId = callerSocietyId(ctx)
  const read = await ctx.store.findSubmissionWithContext(societyId, year)
  const loaded = requireYearOf(ctx, year, read.year)
  const change = prepare(loaded.rubric, loaded.record)
  if (read.society?.active === false) throw new ActionError('INVALID_STATE', '本学会已停用，自评表不能再修改或提交；如有疑问请联系管理员')
  let first = read.submission
  const load = async () => {
    // The record read with the society first; after a compare-and-set miss, the one stored now.
    const record = first ?? (await findOrCreateSubmission(ctx, societyId, loaded.rubric))
    first = null
    return record
  }
  const write = await writeSubmission(
    ctx,
    load,
    (current) => {
      // A form already handed in answers as before (a repeated submit is no change); an editable one is closed.
      if (isEditable(current.status)) requireFillingOpen(ctx, loaded.record, societyId)
      const next = change(current)
      return next === current ? current : countOwnWrite(ctx, ctx.caller.openid, current, next)
    },
    auditOf,
  )
  // Built only by the actions that answer with the whole view (issue 25: a save answers with what changed).
  const view = () => submissionView(ctx, write.after, 'society', { society: read.society, year: read.year })
  return { write, view, read }
}

/** What a submit changed, as `submission.submit` answers it. */
function submitted(write: SubmissionWrite): Submitted {
  const { after } = write
  return {
    id: after.id,
    version: after.version,
    status: after.status,
    updatedAt: after.updatedAt,
    submittedAt: after.submittedAt,
    transition: write.written ? (after.history.at(-1) ?? null) : null,
    selfScore: scoreTotals(after.selfScore),
  }
}

/** What a save of answers changed, as `submission.saveAnswers` answers it. */
function answersSaved(write: SubmissionWrite, patched: readonly string[]): AnswersSaved {
  const { after } = write
  const changed = write.written ? patched.filter((id) => after.itemVersions[id] === after.version) : []
  return {
    id: after.id,
    version: after.version,
    updatedAt: after.updatedAt,
    changed,
    itemScores: Object.fromEntries(changed.map((id) => [id, after.selfScore.items[id] ?? 0])),
    selfScore: scoreTotals(after.selfScore),
  }
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
    const { rubric, record } = await requireYear(ctx, year)
    return submissionView(ctx, await findOrCreateSubmission(ctx, callerSocietyId(ctx), rubric), 'society', { year: record })
  },

  'submission.saveAnswers': async ({ year, baseVersion, patch }, ctx) => {
    const { write } = await changeOwnSubmission(ctx, year, (rubric) => {
      const parsed = parsePatch(rubric, patch)
      return (current) => {
        requireEditable(current)
        return mergePatch(rubric, current, parsed, baseVersion, ctx.caller.openid, nowIso(ctx))
      }
    })
    return answersSaved(write, Object.keys(patch))
  },

  'submission.submit': async ({ year }, ctx) => {
    const { write, view, read } = await changeOwnSubmission(
      ctx,
      year,
      (rubric) => (current) => {
        if (current.status === 'submitted' || current.status === 'reviewed') return current
        const selfScore = completeScore(rubric, current)
        const at = nowIso(ctx)
        return bump(current, at, { ...transition(current, 'submit', ctx.caller.openid, at), selfScore, submittedAt: at })
      },
      // Stored with the transition itself: a submit is never in the record without its audit entry.
      (before, after) =>
        auditEntry(ctx, 'submission.submit', after.id, { status: before.status }, { status: after.status, selfTotal: after.selfScore.total }),
    )
    if (write.written) {
      const societyName = read.society?.name ?? (await view()).societyName
      await notifyReviewers(ctx, write.after, write.before.status === 'returned' ? 'resubmitted' : 'submitted', societyName)
    }
    return submitted(write)
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
