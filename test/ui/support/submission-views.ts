import { getRubric, rubricItems, scoreAnswers, scoreReview, type Answers, type EvidenceChanged, type Submitted, type SubmissionView } from '../../../src/shared'
import { answersFor, bestAnswer } from '../../shared/answer-builders'

export const YEAR = 2022
export const rubric = getRubric(YEAR)
export const fullAnswers = (): Answers => answersFor(rubricItems(rubric), bestAnswer)

/** A society's submission as the server shows it, with the self score computed from its answers. */
export function submissionView(answers: Answers, change: Partial<SubmissionView> = {}): SubmissionView {
  return {
    id: 'sub-1',
    societyId: 'soc-1',
    societyName: '自治区测试学会',
    year: YEAR,
    status: 'draft',
    version: 3,
    answers,
    itemVersions: {},
    evidence: {},
    selfScore: scoreAnswers(rubric, answers),
    filler: { name: '张三', phone: '13800138000' },
    returnReasons: null,
    review: null,
    finalScore: null,
    submittedAt: null,
    updatedAt: '2023-01-05T08:00:00.000Z',
    history: [],
    ...change,
  }
}

/** A finalized review that changed some items' scores, with a comment on each change. */
export function reviewedView(answers: Answers, finalScores: Record<string, number>, comments: Record<string, string>): SubmissionView {
  const items = Object.fromEntries(
    rubricItems(rubric).map((i) => [i.id, { finalScore: finalScores[i.id] ?? null, comment: comments[i.id] ?? '' }]),
  )
  return submissionView(answers, {
    status: 'reviewed',
    submittedAt: '2023-01-05T08:00:00.000Z',
    review: { items, reviewerName: '李审核', updatedAt: '2023-02-01T00:00:00.000Z', finalizedAt: '2023-02-01T00:00:00.000Z' },
    finalScore: scoreReview(rubric, answers, finalScores),
  })
}

/** `submission.submit`'s answer for the submission `view` as it stands before the submit (issue 25). */
export function submittedAnswer(view: SubmissionView, submittedAt = '2023-01-05T08:00:00.000Z'): Submitted {
  const { total, max, complete, groups } = view.selfScore
  return {
    id: view.id,
    version: view.version + 1,
    status: 'submitted',
    updatedAt: submittedAt,
    submittedAt,
    transition: { from: view.status, to: 'submitted', by: 'o-filler', at: submittedAt },
    selfScore: { total, max, complete, groups },
  }
}

/** `submission.addPhoto`'s (`added` given) or `submission.removePhoto`'s answer for `view` as it stands before the call. */
export function evidenceAnswer(view: SubmissionView, itemId: string, fileId: string, added: EvidenceChanged['added']): EvidenceChanged {
  const others = (view.evidence[itemId] ?? []).filter((id) => id !== fileId)
  return {
    id: view.id,
    version: view.version + 1,
    updatedAt: '2023-01-05T09:00:00.000Z',
    from: view.version,
    itemId,
    fileId,
    added,
    count: others.length + (added ? 1 : 0),
  }
}
