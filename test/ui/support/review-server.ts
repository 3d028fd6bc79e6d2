import { ActionError, scoreReview, scoreTotals, type ActionInput, type ScoresSaved, type SubmissionView } from '../../../src/shared'
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
    if (action === 'review.acceptSelfScores') return this.acceptSelfScores()
    if (action === 'review.return') return this.change({ status: 'returned', returnReasons: input as never })
    if (action === 'review.finalize') return this.change({ status: 'reviewed' })
    throw new Error(`unexpected ${action}`)
  }

  /** Answers as the server does (issue 25): what changed, the page applies it to its copy. */
  private saveScores({ items }: ActionInput<'review.saveScores'>): ScoresSaved {
    const reviewItems = { ...this.view.review?.items }
    const version = this.view.version + 1
    const updatedAt = `2023-02-01T00:00:${String(version).padStart(2, '0')}.000Z`
    for (const [id, patch] of Object.entries(items)) {
      const stamp = { reviewer: '李审核', at: updatedAt, version }
      reviewItems[id] = { finalScore: patch.finalScore ?? null, comment: (patch.comment ?? '').trim(), ...stamp }
    }
    const finals = Object.fromEntries(
      Object.entries(reviewItems).flatMap(([id, r]) => (r.finalScore === null ? [] : [[id, r.finalScore]])),
    )
    const review = { items: reviewItems, reviewerName: '李审核', updatedAt, finalizedAt: null }
    const finalScore = scoreReview(rubric, this.view.answers, finals)
    this.change({ review, finalScore, updatedAt })
    return { id: this.view.id, version, updatedAt, reviewerName: '李审核', changed: Object.keys(items), finalScore: scoreTotals(finalScore) }
  }

  /** Every item without a final score takes its self score, its comment kept. */
  private acceptSelfScores(): ScoresSaved {
    const open = Object.keys(this.view.selfScore.items).filter((id) => typeof this.view.review?.items[id]?.finalScore !== 'number')
    const items = Object.fromEntries(open.map((id) => [id, { finalScore: this.view.selfScore.items[id] ?? 0, comment: this.view.review?.items[id]?.comment }]))
    return this.saveScores({ submissionId: this.view.id, baseVersion: this.view.version, items })
  }

  private change(patch: Partial<SubmissionView>) {
    this.view = { ...this.view, ...patch, version: this.view.version + 1 }
    return this.view
  }
}
