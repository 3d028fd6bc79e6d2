import { ActionError, canTransition } from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import type { SubmissionRecord } from '../ports'
import { notifyReviewers } from './notify'
import { auditEntry, nowIso } from './records'
import { changeOwnSubmission } from './submission'
import { requireFillingOpen, requireYear } from './years'
import { bump, transition } from '../domain/submission-change'

/** Whether a reviewer (or the admin) has opened the form since it was last handed in. */
async function openedSinceSubmit(ctx: CallContext, record: SubmissionRecord): Promise<boolean> {
  if (!record.submittedAt) return false
  const viewers = [...(await ctx.store.listUsersByRole('reviewer')), ...(await ctx.store.listUsersByRole('admin'))]
  for (const viewer of viewers) {
    const seen = (await ctx.store.listSeen(viewer.openid, [record.id]))[record.id]
    if (seen && seen >= record.submittedAt) return true
  }
  return false
}

export const withdrawHandlers: Pick<Handlers, 'submission.withdraw'> = {
  /** Takes a submitted form back to 填写中 while no reviewer has opened it; the reviewers' inbox says so. */
  'submission.withdraw': async ({ year }, ctx) => {
    const { record: yearRecord } = await requireYear(ctx, year)
    const societyId = ctx.caller.user?.societyId
    if (!societyId) throw new ActionError('NOT_BOUND')
    // A form withdrawn after the deadline could be neither edited nor handed in again.
    requireFillingOpen(ctx, yearRecord, societyId)
    const stored = await ctx.store.findSubmission(societyId, year)
    if (!stored) throw new ActionError('NOT_FOUND', `本学会还没有填写${year}年度的自评表`)
    if (stored.status === 'submitted' && (await openedSinceSubmit(ctx, stored))) {
      throw new ActionError('INVALID_STATE', '审核员已开始审核这份自评表，不能再撤回；如需修改请联系审核员退回')
    }
    const { write, view } = await changeOwnSubmission(
      ctx,
      year,
      () => (current) => {
        if (current.status === 'draft') return current
        if (!canTransition(current.status, 'withdraw')) {
          const why = current.status === 'reviewed' ? '已审核的自评表不能撤回' : '自评表已退回修改，可以直接修改'
          throw new ActionError('INVALID_STATE', why)
        }
        const at = nowIso(ctx)
        return bump(current, at, transition(current, 'withdraw', ctx.caller.openid, at))
      },
      (before, after) => auditEntry(ctx, 'submission.withdraw', after.id, { status: before.status }, { status: after.status }),
    )
    const shown = await view()
    if (write.written) await notifyReviewers(ctx, write.after, 'withdrawn', shown.societyName)
    return shown
  },
}
