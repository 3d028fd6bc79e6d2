/**
 * The submission state machine: draft → submitted → returned → submitted → reviewed; a submitted form no
 * reviewer has opened yet may be withdrawn back to draft. A 复核 (re-check) during 公示 keeps the form
 * reviewed: it is a state of the review (`recheckState`), not of the form.
 */
export const SUBMISSION_STATUSES = ['draft', 'submitted', 'returned', 'reviewed'] as const
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number]

export type SubmissionEvent = 'submit' | 'return' | 'finalize' | 'withdraw'

const TRANSITIONS: Record<SubmissionEvent, Partial<Record<SubmissionStatus, SubmissionStatus>>> = {
  submit: { draft: 'submitted', returned: 'submitted' },
  return: { submitted: 'returned' },
  finalize: { submitted: 'reviewed' },
  withdraw: { submitted: 'draft' },
}

export const STATUS_LABEL: Record<SubmissionStatus, string> = {
  draft: '填写中',
  submitted: '已提交',
  returned: '退回修改',
  reviewed: '已审核',
}

const EVENT_LABEL: Record<SubmissionEvent, string> = { submit: '提交', return: '退回', finalize: '审核通过', withdraw: '撤回' }

export class InvalidTransitionError extends Error {
  constructor(
    readonly from: SubmissionStatus,
    readonly event: SubmissionEvent,
  ) {
    super(`当前状态为“${STATUS_LABEL[from]}”，不能${EVENT_LABEL[event]}`)
    this.name = 'InvalidTransitionError'
  }
}

export function nextStatus(from: SubmissionStatus, event: SubmissionEvent): SubmissionStatus {
  const to = TRANSITIONS[event][from]
  if (!to) throw new InvalidTransitionError(from, event)
  return to
}

export const canTransition = (from: SubmissionStatus, event: SubmissionEvent): boolean =>
  TRANSITIONS[event][from] !== undefined

/** Only a draft or a returned form can be edited by its society. */
export const isEditable = (status: SubmissionStatus): boolean => status === 'draft' || status === 'returned'

/** Where a reviewed form stands on 复核: none asked, asked and not yet answered (复核中), answered. */
export type RecheckState = 'none' | 'pending' | 'answered'

export const RECHECK_LABEL: Record<RecheckState, string> = { none: '', pending: '复核中', answered: '已复核' }

export const recheckState = (recheck: { answeredAt: string | null } | null | undefined): RecheckState =>
  !recheck ? 'none' : recheck.answeredAt ? 'answered' : 'pending'
