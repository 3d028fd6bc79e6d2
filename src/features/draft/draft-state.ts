import type { ItemAnswer, SubmissionView } from '../../shared'
import type { PendingEdits } from './pending'

/** Everything the draft store knows, replaced (never mutated) on every change. */
export interface DraftState {
  readonly loading: boolean
  readonly error: string | null
  /** The server has no form of this year for the society (the year is not opened): why, in Chinese. */
  readonly unavailable: string | null
  readonly submission: SubmissionView | null
  /** The server version the pending edits were made over. */
  readonly baseVersion: number
  readonly edits: PendingEdits
  /** Item id → the other device's answer, for edits that wait for the filler's choice. */
  readonly conflicts: Readonly<Record<string, ItemAnswer | null>>
  /** Item id → why its local edit cannot be sent (in Chinese). */
  readonly issues: Readonly<Record<string, string>>
  readonly saving: boolean
  readonly offline: boolean
  /** The server refused a save for a reason retrying will not fix. */
  readonly failure: string | null
}

export const INITIAL_DRAFT_STATE: DraftState = {
  loading: true,
  error: null,
  unavailable: null,
  submission: null,
  baseVersion: 0,
  edits: {},
  conflicts: {},
  issues: {},
  saving: false,
  offline: false,
  failure: null,
}

export type SaveState = 'saved' | 'saving' | 'offline' | 'error'

export function saveStateOf(state: DraftState): SaveState {
  if (state.offline) return 'offline'
  if (state.failure || Object.keys(state.issues).length > 0) return 'error'
  const waiting = Object.keys(state.edits).some((id) => !(id in state.conflicts))
  return state.saving || waiting ? 'saving' : 'saved'
}
