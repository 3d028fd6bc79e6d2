import { getRubric } from '../../shared/rubric'
import { isEditable } from '../../shared/submission-status'
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
  readonly submission: SubmissionView | null
  readonly answers: Answers
  readonly evidence: Evidence
  /** Live self score over the answers; an invalid local edit counts as the server's copy until fixed. */
  readonly report: ScoreReport
  readonly editable: boolean
  readonly saveState: SaveState
  readonly conflicts: DraftConflict[]
  /** Item id → why its local edit is not saved (in Chinese). */
  readonly issues: Readonly<Record<string, string>>
  /** Why the server refused to save, when it did (e.g. the deadline has passed). */
  readonly failure: string | null
}

const views = new WeakMap<DraftState, DraftView>()

export function selectDraft(state: DraftState, year: number): DraftView {
  const cached = views.get(state)
  if (cached) return cached
  const { submission } = state
  const server = submission?.answers ?? {}
  const editable = submission ? isEditable(submission.status) : false
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
    submission,
    answers,
    evidence: submission?.evidence ?? {},
    report: scoreAnswers(getRubric(year), scored),
    editable,
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
