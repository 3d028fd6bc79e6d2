import { ActionError, isEditable, nextStatus, type SubmissionEvent } from '../../../src/shared'
import type { SubmissionRecord } from '../store/submissions'

/** How a submission record changes: only while editable, by state-machine events, one version at a time. */

export const notEditable = () => new ActionError('INVALID_STATE', '已提交的自评表不能修改')

export function requireEditable(record: SubmissionRecord): void {
  if (!isEditable(record.status)) throw notEditable()
}

/** The next version of a record: the changed fields, a bumped version and a fresh updatedAt. */
export const bump = (current: SubmissionRecord, at: string, changes: Partial<SubmissionRecord>): SubmissionRecord => ({
  ...current,
  ...changes,
  version: current.version + 1,
  updatedAt: at,
})

/** Status and history after a state-machine event; throws InvalidTransitionError when not allowed. */
export function transition(current: SubmissionRecord, event: SubmissionEvent, by: string, at: string) {
  const to = nextStatus(current.status, event)
  return { status: to, history: [...current.history, { from: current.status, to, by, at }] }
}
