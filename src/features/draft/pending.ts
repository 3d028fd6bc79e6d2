import type { Answers, ItemAnswer } from '../../shared'

/**
 * A local edit not yet on the server, with the server's answer it was made over (for three-way merges) and,
 * when the answer breaks the rubric, why (in Chinese): such an edit stays on the phone until it is fixed.
 */
export interface PendingEdit {
  readonly answer: ItemAnswer | null
  readonly base: ItemAnswer | null
  readonly issue: string | null
}

export type PendingEdits = Readonly<Record<string, PendingEdit>>

/** Records an edit; the base stays the one of the item's first unsaved edit. */
export function addEdit(
  edits: PendingEdits,
  itemId: string,
  answer: ItemAnswer | null,
  serverAnswer: ItemAnswer | null,
  issue: string | null,
): PendingEdits {
  const base = edits[itemId]?.base ?? serverAnswer
  return { ...edits, [itemId]: { answer, base, issue } }
}

/** Removes the edits that were sent, unless the item was edited again while the save was under way. */
export function settleSent(edits: PendingEdits, sent: PendingEdits): PendingEdits {
  const left: Record<string, PendingEdit> = {}
  for (const [itemId, edit] of Object.entries(edits)) {
    if (sent[itemId] !== edit) left[itemId] = edit
  }
  return left
}

export function withoutItem<T>(record: Readonly<Record<string, T>>, itemId: string): Record<string, T> {
  const { [itemId]: _dropped, ...rest } = record
  return rest
}

/** Item id → why its edit cannot be sent yet. */
export function editIssues(edits: PendingEdits): Record<string, string> {
  const issues: Record<string, string> = {}
  for (const [itemId, edit] of Object.entries(edits)) if (edit.issue) issues[itemId] = edit.issue
  return issues
}

/** The server's answers with the local edits laid over them. */
export function mergeAnswers(server: Answers, edits: PendingEdits): Answers {
  const merged: Answers = { ...server }
  for (const [itemId, edit] of Object.entries(edits)) {
    if (edit.answer) merged[itemId] = edit.answer
    else delete merged[itemId]
  }
  return merged
}

/** The patch of `submission.saveAnswers`: item id → whole new answer, or null to clear it. */
export const toPatch = (edits: PendingEdits): Record<string, ItemAnswer | null> =>
  Object.fromEntries(Object.entries(edits).map(([itemId, edit]) => [itemId, edit.answer]))
