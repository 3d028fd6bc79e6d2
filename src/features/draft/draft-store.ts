import { ActionError } from '../../shared/contract/errors'
import type { ActionInput, ActionOutput, AnswersSaved, EvidenceChanged, ItemAnswer, Submitted, SubmissionView } from '../../shared'
import { NetworkError } from '../../services/network-error'
import { normalizeAnswer, sameAnswer } from './answer-equality'
import { applyAnswersSaved, applySubmitted } from './apply-saved'
import { applyEvidenceChanged } from './apply-evidence'
import { SAVE_DELAY_MS, retryDelay } from './backoff'
import { parseConflictDetails } from './conflict-details'
import { INITIAL_DRAFT_STATE, type DraftState } from './draft-state'
import { readLocalCopy, writeLocalCopy, type SyncStorage } from './local-copy'
import { addEdit, editIssues, settleSent, toPatch, withoutItem, type PendingEdit, type PendingEdits } from './pending'
import type { EditCheck } from './edit-check'
import { readOnlyReasonOf } from './draft-view'

type DraftAction = 'submission.get' | 'submission.saveAnswers'
export type CallAction = <A extends DraftAction>(action: A, input: ActionInput<A>) => Promise<ActionOutput<A>>

export interface DraftStoreDeps {
  readonly year: number
  readonly call: CallAction
  readonly storage: SyncStorage
  /** Calls back when the network comes back; returns an unsubscribe. */
  readonly onReconnect?: (callback: () => void) => () => void
}

const messageOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : '出了点问题，请稍后再试'

/**
 * One year's draft of the society's self-assessment: the server copy, the local edits laid over it, and
 * the autosave that keeps the two in step (locally at once, to the cloud debounced, retried when offline,
 * conflicts on the same item left to the filler).
 */
export class DraftStore {
  private state: DraftState = INITIAL_DRAFT_STATE
  private readonly listeners = new Set<() => void>()
  private saveTimer: ReturnType<typeof setTimeout> | null = null
  private retryAttempt = 0
  private inFlight: Promise<void> | null = null
  private loadStarted = false

  constructor(private readonly deps: DraftStoreDeps) {
    deps.onReconnect?.(() => this.handleReconnect())
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getState = (): DraftState => this.state

  /** Loads once (again after a failed first load); later callers share it. */
  ensureLoaded(): void {
    if (this.loadStarted && !(this.state.error && !this.state.submission)) return
    this.loadStarted = true
    void this.reload()
  }

  readonly reload = async (): Promise<void> => {
    this.loadStarted = true
    this.setState({ loading: this.state.submission === null, error: null })
    let view: SubmissionView
    try {
      view = await this.deps.call('submission.get', { year: this.deps.year })
    } catch (error) {
      // submission.get answers NOT_FOUND for a year not opened: no form to fill, whatever a retry does.
      const unavailable = error instanceof ActionError && error.code === 'NOT_FOUND' ? messageOf(error) : null
      this.setState({ loading: false, error: messageOf(error), unavailable, offline: error instanceof NetworkError })
      return
    }
    this.adoptServerCopy(view)
  }

  readonly absorb = (view: SubmissionView): void => {
    const noEdits = Object.keys(this.state.edits).length === 0
    this.setState({ submission: view, baseVersion: noEdits ? view.version : this.state.baseVersion })
  }

  /** Applies a submit's answer to the server copy; a copy that does not match it is reloaded. */
  readonly absorbSubmitted = (answer: Submitted): void => {
    const submission = this.state.submission && applySubmitted(this.state.submission, answer)
    if (submission) this.absorb(submission)
    else void this.reload()
  }

  /** Applies a file's registration or removal to the server copy; a copy that does not match it is reloaded. */
  readonly absorbEvidence = (answer: EvidenceChanged): void => {
    const submission = this.state.submission && applyEvidenceChanged(this.state.submission, answer)
    if (submission) this.absorb(submission)
    else void this.reload()
  }

  /** Records the filler's answer to an item; `check` says whether it may be sent (a cleared answer always may). */
  readonly setItemAnswer = (itemId: string, answer: ItemAnswer | null, check: EditCheck): void => {
    const { submission } = this.state
    if (!submission || readOnlyReasonOf(submission)) return
    const noEdits = Object.keys(this.state.edits).length === 0
    const normalized = normalizeAnswer(answer)
    const issue = normalized ? check(itemId, normalized) : null
    const edits = addEdit(this.state.edits, itemId, normalized, submission.answers[itemId] ?? null, issue)
    this.setEdits(edits, { baseVersion: noEdits ? submission.version : this.state.baseVersion, failure: null })
    this.scheduleSave(SAVE_DELAY_MS)
  }

  readonly resolveConflict = (itemId: string, keep: 'mine' | 'theirs'): void => {
    if (!(itemId in this.state.conflicts)) return
    const theirs = this.state.conflicts[itemId] ?? null
    const conflicts = withoutItem(this.state.conflicts, itemId)
    const edit = this.state.edits[itemId]
    const edits =
      keep === 'theirs' || !edit
        ? withoutItem(this.state.edits, itemId)
        : { ...this.state.edits, [itemId]: { ...edit, base: theirs } }
    this.setEdits(edits, { conflicts })
    this.scheduleSave(0)
  }

  /** Saves whatever can be saved now; true when nothing is left unsaved. */
  readonly flush = async (): Promise<boolean> => {
    this.clearSaveTimer()
    for (let round = 0; round < 5; round++) {
      if (this.inFlight) await this.inFlight
      if (Object.keys(this.sendable()).length === 0 || this.state.offline || this.state.failure) break
      await this.save()
    }
    return Object.keys(this.state.edits).length === 0
  }

  private adoptServerCopy(view: SubmissionView): void {
    const local = readLocalCopy(this.deps.storage, this.deps.year)
    // Another identity on the same phone (the H5 dev login) must not inherit this one's edits.
    const sameSociety = !this.state.submission || this.state.submission.societyId === view.societyId
    const inMemory = sameSociety && Object.keys(this.state.edits).length > 0
    const replay = !inMemory && local && local.societyId === view.societyId ? local : null
    this.setState({
      loading: false,
      error: null,
      unavailable: null,
      offline: false,
      // A refusal was about the copy read before; the one read now says what holds (or its save says it again).
      failure: null,
      submission: view,
      ...(replay ? { edits: replay.edits, conflicts: replay.conflicts, baseVersion: replay.baseVersion } : {}),
      ...(!inMemory && !replay ? { edits: {}, conflicts: {}, baseVersion: view.version } : {}),
    })
    this.setEdits(this.state.edits, {})
    if (Object.keys(this.state.edits).length > 0) this.scheduleSave(0)
  }

  /** Edits that can go to the server now: valid, not waiting for a conflict choice. */
  private sendable(): PendingEdits {
    const out: Record<string, PendingEdit> = {}
    for (const [itemId, edit] of Object.entries(this.state.edits)) {
      if (!edit.issue && !(itemId in this.state.conflicts)) out[itemId] = edit
    }
    return out
  }

  private save(): Promise<void> {
    if (this.inFlight) return this.inFlight
    const { submission } = this.state
    const batch = this.sendable()
    // A form handed in or closed (deadline, year, society deactivated) is not sent: its edits wait on the phone.
    if (!submission || readOnlyReasonOf(submission) || Object.keys(batch).length === 0) return Promise.resolve()
    this.setState({ saving: true })
    const input = { year: this.deps.year, baseVersion: this.state.baseVersion, patch: toPatch(batch) }
    this.inFlight = this.deps
      .call('submission.saveAnswers', input)
      .then(
        (answer) => this.saved(answer, input.patch, batch),
        (error: unknown) => this.failed(error),
      )
      .finally(() => {
        this.inFlight = null
        this.setState({ saving: false })
        if (!this.saveTimer && !this.state.offline && !this.state.failure && Object.keys(this.sendable()).length > 0) {
          this.scheduleSave(0)
        }
      })
    return this.inFlight
  }

  /** Applies the save's answer to the server copy; a copy that no longer agrees with the server is reloaded. */
  private saved(answer: AnswersSaved, patch: Record<string, ItemAnswer | null>, sent: PendingEdits): void {
    this.retryAttempt = 0
    const edits = settleSent(this.state.edits, sent)
    const submission = this.state.submission && applyAnswersSaved(this.state.submission, patch, answer)
    if (submission) {
      this.setEdits(edits, { submission, baseVersion: submission.version, offline: false, failure: null })
      return
    }
    this.setEdits(edits, { offline: false, failure: null })
    void this.reload()
  }

  private failed(error: unknown): void {
    if (error instanceof NetworkError) {
      this.setState({ offline: true })
      this.scheduleSave(retryDelay(this.retryAttempt++))
      return
    }
    if (error instanceof ActionError && error.code === 'CONFLICT') return this.conflicted(error.details)
    if (error instanceof ActionError && error.code === 'INVALID_STATE') {
      // The form changed state on the server (handed in elsewhere, closed, the society deactivated): read it
      // again. Until then, and if it still reads as open, the refusal is said and nothing is sent again in a
      // loop; the next edit or a reload that finds it open again tries again.
      this.clearSaveTimer()
      const failure = messageOf(error)
      this.setState({ failure })
      void this.reload().then(() => {
        const { submission } = this.state
        if (submission && !readOnlyReasonOf(submission)) {
          this.clearSaveTimer()
          this.setState({ failure })
        }
      })
      return
    }
    if (error instanceof ActionError && (error.code === 'INTERNAL' || error.code === 'RATE_LIMITED')) {
      this.scheduleSave(retryDelay(this.retryAttempt++))
      return
    }
    this.setState({ failure: messageOf(error), offline: false })
  }

  /** Same-item edits become conflicts, unless one side did not really change; the rest are resaved. */
  private conflicted(details: unknown): void {
    const parsed = parseConflictDetails(details)
    if (!parsed) {
      void this.reload()
      return
    }
    let edits: PendingEdits = this.state.edits
    const conflicts = { ...this.state.conflicts }
    for (const { itemId, server } of parsed.conflicts) {
      const edit = edits[itemId]
      if (!edit) continue
      if (sameAnswer(server, edit.answer)) edits = withoutItem(edits, itemId)
      else if (sameAnswer(server, edit.base)) edits = { ...edits, [itemId]: { ...edit, base: server } }
      else conflicts[itemId] = server
    }
    this.setEdits(edits, { conflicts, baseVersion: parsed.version, offline: false })
    if (Object.keys(this.sendable()).length === 0) void this.refreshServerCopy()
  }

  /** Picks up the other device's changes without disturbing local edits. */
  private async refreshServerCopy(): Promise<void> {
    try {
      const view = await this.deps.call('submission.get', { year: this.deps.year })
      this.setState({ submission: view })
    } catch {
      // The next save or reload brings it.
    }
  }

  private handleReconnect(): void {
    if (!this.state.submission) {
      if (this.loadStarted) void this.reload()
      return
    }
    if (this.state.offline) {
      this.retryAttempt = 0
      this.scheduleSave(0)
    }
  }

  private scheduleSave(delay: number): void {
    this.clearSaveTimer()
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null
      void this.save()
    }, delay)
  }

  private clearSaveTimer(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = null
  }

  /** Replaces the edits and keeps the phone's copy in step. */
  private setEdits(edits: PendingEdits, patch: Partial<DraftState>): void {
    this.setState({ ...patch, edits, issues: editIssues(edits) })
    const { submission, baseVersion, conflicts } = this.state
    if (submission) {
      writeLocalCopy(this.deps.storage, this.deps.year, { societyId: submission.societyId, baseVersion, edits, conflicts })
    }
  }

  private setState(patch: Partial<DraftState>): void {
    this.state = { ...this.state, ...patch }
    for (const listener of [...this.listeners]) listener()
  }
}
