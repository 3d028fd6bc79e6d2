import { parseItemAnswer, type Rubric } from '../../shared'
import type { PendingEdit, PendingEdits } from './pending'

/**
 * Splits local edits into those fit to send and, per invalid item, the Chinese message saying what is
 * wrong. Invalid edits stay on the phone until they are fixed; they never reach the server.
 */
export function validateEdits(rubric: Rubric, edits: PendingEdits): { valid: PendingEdits; issues: Record<string, string> } {
  const valid: Record<string, PendingEdit> = {}
  const issues: Record<string, string> = {}
  for (const [itemId, edit] of Object.entries(edits)) {
    if (edit.answer === null) {
      valid[itemId] = edit
      continue
    }
    const parsed = parseItemAnswer(rubric, itemId, edit.answer)
    if (parsed.ok) valid[itemId] = edit
    else issues[itemId] = parsed.issues.map((issue) => issue.message).join('；')
  }
  return { valid, issues }
}
