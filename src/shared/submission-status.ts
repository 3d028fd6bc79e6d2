/** The submission state machine: draft → submitted → returned → submitted → reviewed. */
export const SUBMISSION_STATUSES = ['draft', 'submitted', 'returned', 'reviewed'] as const
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number]

export type SubmissionEvent = 'submit' | 'return' | 'finalize'

const TRANSITIONS: Record<SubmissionEvent, Partial<Record<SubmissionStatus, SubmissionStatus>>> = {
  submit: { draft: 'submitted', returned: 'submitted' },
  return: { submitted: 'returned' },
  finalize: { submitted: 'reviewed' },
}

export const STATUS_LABEL: Record<SubmissionStatus, string> = {
  draft: '填写中',
  submitted: '已提交',
  returned: '退回修改',
  reviewed: '已审核',
}

const EVENT_LABEL: Record<SubmissionEvent, string> = { submit: '提交', return: '退回', finalize: '审核通过' }

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
