import { useEffect, useSyncExternalStore } from 'react'
import type { EvidenceChanged, ItemAnswer, Submitted, SubmissionView } from '../../shared'
import type { EditCheck } from './edit-check'
import { draftStoreFor } from './draft-registry'
import { selectDraft, type DraftView } from './draft-view'

export interface Draft extends DraftView {
  setItemAnswer(itemId: string, answer: ItemAnswer | null, check: EditCheck): void
  resolveConflict(itemId: string, keep: 'mine' | 'theirs'): void
  absorb(view: SubmissionView): void
  /** A submit's answer (issue 25: what changed, not the whole submission). */
  absorbSubmitted(answer: Submitted): void
  /** A photo's or document's registration or removal (what changed on its item). */
  absorbEvidence(answer: EvidenceChanged): void
  flush(): Promise<boolean>
  reload(): Promise<void>
}

/** The year's draft, shared app-wide: every page using it sees the same answers and save state. */
export function useDraft(year: number): Draft {
  const store = draftStoreFor(year)
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState)
  useEffect(() => store.ensureLoaded(), [store])
  return {
    ...selectDraft(state, year),
    setItemAnswer: store.setItemAnswer,
    resolveConflict: store.resolveConflict,
    absorb: store.absorb,
    absorbSubmitted: store.absorbSubmitted,
    absorbEvidence: store.absorbEvidence,
    flush: store.flush,
    reload: store.reload,
  }
}
