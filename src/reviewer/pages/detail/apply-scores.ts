import { finalScoresOf, findRubric, scoreReview, type ActionInput, type Review, type ScoresSaved, type SubmissionView } from '../../../shared'

/** What a save sent per item: an omitted field keeps the item's value. */
export type SentScores = ActionInput<'review.saveScores'>['items']

/** 采纳其余自评分 as if sent item by item: each changed item takes its self score, its comment kept. */
export const acceptedScores = (view: SubmissionView, answer: ScoresSaved): SentScores =>
  Object.fromEntries(answer.changed.map((id) => [id, { finalScore: view.selfScore.items[id] ?? 0 }]))

/**
 * The reviewer's copy with a save of scores applied: each item the server changed takes what was sent, stamped
 * with the reviewer, time and version, and the final score is recomputed by the shared engine. Null when the
 * copy then disagrees with the server's figures (another reviewer's change the copy does not have): reload it.
 */
export function applyScoresSaved(view: SubmissionView, sent: SentScores, answer: ScoresSaved): SubmissionView | null {
  const rubric = findRubric(view.year)
  if (answer.id !== view.id || !rubric) return null
  if (answer.changed.length === 0) return view.version >= answer.version ? view : null
  const items = { ...view.review?.items }
  for (const itemId of answer.changed) {
    const before = items[itemId]
    const patch = sent[itemId]
    if (!patch) return null
    // A copy that took this item from a later answer keeps it.
    if ((before?.version ?? 0) >= answer.version) continue
    items[itemId] = {
      finalScore: patch.finalScore === undefined ? (before?.finalScore ?? null) : patch.finalScore,
      comment: patch.comment === undefined ? (before?.comment ?? '') : patch.comment.trim(),
      reviewer: answer.reviewerName,
      at: answer.updatedAt,
      version: answer.version,
    }
  }
  const newer = answer.version > view.version
  const stamp = { reviewerName: answer.reviewerName, updatedAt: answer.updatedAt }
  const review: Review = { ...(view.review ?? { items, finalizedAt: null, ...stamp }), ...(newer ? stamp : {}), items }
  const finalScore = scoreReview(rubric, view.answers, finalScoresOf(review))
  // Figures of a later copy are not this answer's to check.
  if (newer && (finalScore.total !== answer.finalScore.total || finalScore.complete !== answer.finalScore.complete)) return null
  return {
    ...view,
    version: newer ? answer.version : view.version,
    updatedAt: newer ? answer.updatedAt : view.updatedAt,
    review,
    finalScore,
  }
}
