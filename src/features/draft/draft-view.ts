import { getRubric } from '../../shared/rubric'
import { STATUS_LABEL, isEditable } from '../../shared/submission-status'
import { scoreAnswers } from '../../shared/scoring'
import type { Answers, Evidence, ItemAnswer, ScoreReport, SubmissionView } from '../../shared'
import { saveStateOf, type DraftState, type SaveState } from './draft-state'
import { mergeAnswers } from './pending'

export interface DraftConflict {
  readonly itemId: string
  readonly mine: ItemAnswer | null
  readonly theirs: ItemAnswer | null
}

/** What pages read from the draft: the merged answers, the live score, and how saving is going. */
export interface DraftView {
  readonly loading: boolean
  readonly error: string | null
  /** The year has no form to fill (not opened): why; the pages say so instead of showing the form. */
  readonly unavailable: string | null
  readonly submission: SubmissionView | null
  readonly answers: Answers
  readonly evidence: Evidence
  /** Live self score over the answers; an invalid local edit counts as the server's copy until fixed. */
  readonly report: ScoreReport
  readonly editable: boolean
  /** Why the form is read-only (handed in, or the year closed or past its deadline); null while editable. */
  readonly readOnlyReason: string | null
  readonly saveState: SaveState
  readonly conflicts: DraftConflict[]
  /** Item id → why its local edit is not saved (in Chinese). */
  readonly issues: Readonly<Record<string, string>>
  /** Why the server refused to save, when it did (e.g. the deadline has passed). */
  readonly failure: string | null
}

/** The server's reason the year is closed to this society, else the status's own when it is handed in. */
export function readOnlyReasonOf(submission: SubmissionView): string | null {
  if (!isEditable(submission.status)) return `当前状态：${STATUS_LABEL[submission.status]}，内容只能查看不能修改`
  return submission.closedReason ? `${submission.closedReason}，内容只能查看不能修改` : null
}

const views = new WeakMap<DraftState, DraftView>()

export function selectDraft(state: DraftState, year: number): DraftView {
  const cached = views.get(state)
  if (cached) return cached
  const { submission } = state
  const server = submission?.answers ?? {}
  const readOnlyReason = submission ? readOnlyReasonOf(submission) : null
  const editable = submission ? readOnlyReason === null : false
  const edits = editable ? state.edits : {}
  const answers = mergeAnswers(server, edits)
  const scored: Answers = { ...answers }
  for (const itemId of Object.keys(state.issues)) {
    const fallback = server[itemId]
    if (fallback) scored[itemId] = fallback
    else delete scored[itemId]
  }
  const view: DraftView = {
    loading: state.loading,
    error: state.error,
    unavailable: state.unavailable,
    submission,
    answers,
    evidence: submission?.evidence ?? {},
    report: scoreAnswers(getRubric(year), scored),
    editable,
    readOnlyReason,
    saveState: editable ? saveStateOf(state) : state.offline ? 'offline' : 'saved',
    conflicts: editable
      ? Object.entries(state.conflicts).map(([itemId, theirs]) => ({
          itemId,
          mine: state.edits[itemId]?.answer ?? null,
          theirs,
        }))
      : [],
    issues: editable ? state.issues : {},
    failure: editable ? state.failure : null,
  }
  views.set(state, view)
  return view
}
