import { ActionError, scoreReview, type ActionInput, type SubmissionView } from '../../../src/shared'
import { fullAnswers, rubric, submissionView } from './submission-views'

/** review.get / saveScores / return / finalize over one submitted form, in memory, scoring with the shared engine. */
export class ReviewServer {
  view: SubmissionView = submissionView(fullAnswers(), {
    status: 'submitted',
    submittedAt: '2023-01-05T08:00:00.000Z',
    finalScore: scoreReview(rubric, fullAnswers(), {}),
    evidence: { 'B1.1': ['cloud://photo-1'] },
  })
  /** The next write fails with this error, once. */
  failNext: ActionError | null = null

  readonly call = async (action: string, input: unknown): Promise<unknown> => {
    await Promise.resolve()
    if (action === 'review.get') return this.view
    if (action === 'evidence.urls') return { urls: { 'cloud://photo-1': 'https://example.test/photo-1.jpg' } }
    if (action === 'review.neighbours') return { previous: null, next: { id: 'sub-2', societyName: '自治区第二学会' }, position: 1, count: 2 }
    if (action === 'review.history') return { entries: [] }
    if (this.failNext) {
      const error = this.failNext
      this.failNext = null
      throw error
    }
    if (action === 'review.saveScores') return this.saveScores(input as ActionInput<'review.saveScores'>)
    if (action === 'review.return') return this.change({ status: 'returned', returnReasons: input as never })
    if (action === 'review.finalize') return this.change({ status: 'reviewed' })
    throw new Error(`unexpected ${action}`)
  }

  private saveScores({ items }: ActionInput<'review.saveScores'>) {
    const reviewItems = { ...this.view.review?.items }
    for (const [id, patch] of Object.entries(items)) {
      reviewItems[id] = { finalScore: patch.finalScore ?? null, comment: patch.comment ?? '' }
    }
    const finals = Object.fromEntries(
      Object.entries(reviewItems).flatMap(([id, r]) => (r.finalScore === null ? [] : [[id, r.finalScore]])),
    )
    const review = { items: reviewItems, reviewerName: '李审核', updatedAt: '2023-02-01T00:00:00.000Z', finalizedAt: null }
    return this.change({ review, finalScore: scoreReview(rubric, this.view.answers, finals) })
  }

  private change(patch: Partial<SubmissionView>) {
    this.view = { ...this.view, ...patch, version: this.view.version + 1 }
    return this.view
  }
}
