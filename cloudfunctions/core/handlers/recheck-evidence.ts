import { ActionError, addedForRecheck, chineseDate, isEditable, isPast } from '../../../src/shared'
import type { CallContext } from '../handler-types'
import type { SubmissionRecord, YearRecord } from '../ports'
import { notEditable } from '../domain/submission-change'
import { requireReviewOpen } from './years'

/**
 * How a form's evidence may change now: `form` while the form itself is editable; `recheck` on a finalized
 * form during its year's 公示 until the society sends its 复核 request (files added then are marked as added
 * for the 复核, and only those may be removed again). Anything else is refused with the reason.
 */
export type EvidenceWindow = 'form' | 'recheck'

export function evidenceWindow(ctx: Pick<CallContext, 'clock'>, current: SubmissionRecord, year: YearRecord): EvidenceWindow {
  if (isEditable(current.status)) return 'form'
  const publication = current.status === 'reviewed' ? year.publication : null
  if (!publication) throw notEditable()
  requireReviewOpen(year)
  if (isPast(publication.until, ctx.clock.now())) {
    throw new ActionError('INVALID_STATE', `公示已于${chineseDate(publication.until)}结束，不能再补充复核材料`)
  }
  if (current.recheck) throw new ActionError('INVALID_STATE', '复核申请已提交，证明材料不能再修改')
  return 'recheck'
}

/** During 公示, only what was added for the 复核 may be removed: the evidence the review saw stays. */
export function requireRemovable(window: EvidenceWindow, current: SubmissionRecord, fileId: string): void {
  if (window === 'recheck' && current.evidenceFiles?.[fileId]?.forRecheck !== true) {
    throw new ActionError('INVALID_STATE', '审核时已有的证明材料不能删除；申请复核时只能删除新补充的材料')
  }
}

/** A 复核 request must name every item whose evidence was added for it: nothing added is left unasked. */
export function unrequestedAdditions(current: SubmissionRecord, requested: Readonly<Record<string, string>>): string[] {
  return Object.keys(addedForRecheck(current.evidence, current.evidenceFiles)).filter((id) => !(id in requested))
}

/** Per item, how many files were added for the 复核 (recorded with the request in the history). */
export const additionCounts = (current: SubmissionRecord): Record<string, number> =>
  Object.fromEntries(Object.entries(addedForRecheck(current.evidence, current.evidenceFiles)).map(([id, files]) => [id, files.length]))
