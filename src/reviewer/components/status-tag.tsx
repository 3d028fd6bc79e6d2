import { Tag } from '@nutui/nutui-react-taro'
import { RECHECK_LABEL, STATUS_LABEL, type RecheckState, type SubmissionStatus } from '../../shared'
import './status-tag.scss'

const TAG_TYPE: Record<SubmissionStatus, 'default' | 'primary' | 'danger' | 'success'> = {
  draft: 'default',
  submitted: 'primary',
  returned: 'danger',
  reviewed: 'success',
}

const TEXT_ON_WHITE: Record<SubmissionStatus, string> = {
  draft: '#595959',
  submitted: '#1f6fd6',
  returned: '#cf1322',
  reviewed: '#389e0d',
}

/** A submission's status as a coloured tag; `onColour` for a coloured header (white tag, coloured text). */
export function StatusTag({ status, onColour = false }: { status: SubmissionStatus; onColour?: boolean }) {
  return (
    <Tag
      type={TAG_TYPE[status]}
      {...(onColour ? { className: 'status-tag--on-colour', background: '#ffffff', color: TEXT_ON_WHITE[status] } : {})}
    >
      {STATUS_LABEL[status]}
    </Tag>
  )
}

/** A submission's 复核 beside its status: 复核中 (waiting for the answer) or 已复核; nothing without one. */
export function RecheckTag({ state }: { state: RecheckState }) {
  if (state === 'none') return null
  return (
    <Tag className="recheck-tag" type={state === 'pending' ? 'warning' : 'primary'}>
      {RECHECK_LABEL[state]}
    </Tag>
  )
}
