import { findRubric } from '../../shared/rubric'
import { scoreAnswers } from '../../shared/scoring'
import type { AnswersSaved, ItemAnswer, Submitted, SubmissionView } from '../../shared'

/**
 * The draft's copy of the submission with a save applied: the items the server changed take the answers this
 * phone sent, at the new version, and the self score is recomputed by the shared engine. Null when the copy
 * then disagrees with the server's figures (another device's change the copy does not have): reload it.
 */
export function applyAnswersSaved(
  view: SubmissionView,
  patch: Readonly<Record<string, ItemAnswer | null>>,
  saved: AnswersSaved,
): SubmissionView | null {
  const rubric = findRubric(view.year)
  if (saved.id !== view.id || !rubric) return null
  // A copy taken after this save (another action's whole view) has it already.
  if (view.version >= saved.version) return view
  const answers = { ...view.answers }
  const itemVersions = { ...view.itemVersions }
  for (const itemId of saved.changed) {
    if (!(itemId in patch)) return null
    const answer = patch[itemId]
    if (answer) answers[itemId] = answer
    else delete answers[itemId]
    itemVersions[itemId] = saved.version
  }
  const selfScore = scoreAnswers(rubric, answers)
  const agrees =
    selfScore.total === saved.selfScore.total &&
    selfScore.complete === saved.selfScore.complete &&
    Object.entries(saved.itemScores).every(([itemId, score]) => selfScore.items[itemId] === score)
  if (!agrees) return null
  return { ...view, version: saved.version, updatedAt: saved.updatedAt, answers, itemVersions, selfScore }
}

/**
 * The draft's copy with a submit applied: the new status, version and transition; the return's reasons are no
 * longer shown once the form is handed in again. Null when the copy is not the one the server submitted.
 */
export function applySubmitted(view: SubmissionView, answer: Submitted): SubmissionView | null {
  if (answer.id !== view.id) return null
  if (view.version >= answer.version && view.status === answer.status) return view
  if (!answer.transition || answer.selfScore.total !== view.selfScore.total) return null
  return {
    ...view,
    version: answer.version,
    status: answer.status,
    updatedAt: answer.updatedAt,
    submittedAt: answer.submittedAt,
    history: [...view.history, answer.transition],
    returnReasons: answer.status === 'returned' ? view.returnReasons : null,
  }
}
