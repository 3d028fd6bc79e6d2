import { rubricItems, type Rubric, type SubmissionView } from '../../../shared'

/**
 * Which items a reviewer has set or accepted. Until then an item has no final score to show: the server's
 * final totals count the self score for it, which must not read as a reviewed result. Once finalized, every
 * item counts as reviewed (the ones left alone were accepted as they stood).
 */
export function isItemReviewed(view: SubmissionView, itemId: string): boolean {
  return view.status === 'reviewed' || typeof view.review?.items[itemId]?.finalScore === 'number'
}

export interface ReviewProgress {
  reviewed: number
  total: number
}

/** How many of `itemIds` (all the form's items by default) are reviewed. */
export function reviewProgress(view: SubmissionView, rubric: Rubric, itemIds?: readonly string[]): ReviewProgress {
  const ids = itemIds ?? rubricItems(rubric).map((i) => i.id)
  return { reviewed: ids.filter((id) => isItemReviewed(view, id)).length, total: ids.length }
}

/** The final total to show, or the words for why there is none yet. */
export function finalTotalText(progress: ReviewProgress, total: number | undefined, format: (n: number) => string): string {
  if (progress.reviewed === 0 || total === undefined) return '未审核'
  if (progress.reviewed < progress.total) return `已审${progress.reviewed}/${progress.total}项`
  return format(total)
}
