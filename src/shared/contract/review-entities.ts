import { ItemAnswer } from '../answers/wire'
import { SUBMISSION_STATUSES, STATUS_LABEL, type SubmissionStatus } from '../submission-status'
import * as z from '../zod'

/** What the reviewers' list knows about a society for a year: its submission's status, or none yet. */
export const LIST_STATUSES = [...SUBMISSION_STATUSES, 'not-started'] as const
export type ListStatus = (typeof LIST_STATUSES)[number]
export const ListStatusSchema = z.enum(LIST_STATUSES, { error: '状态不正确' })

export const LIST_STATUS_LABEL: Record<ListStatus, string> = { ...STATUS_LABEL, 'not-started': '未开始' }

export const isSubmissionStatus = (status: ListStatus): status is SubmissionStatus => status !== 'not-started'

/** Number of the year's societies per status, `not-started` included. */
export const StatusCounts = z.object(
  Object.fromEntries(LIST_STATUSES.map((s) => [s, z.number()])) as Record<ListStatus, z.ZodMiniNumber>,
)
export type StatusCounts = z.infer<typeof StatusCounts>

/** One registered society in the reviewers' list; `id` (the submission's) is null while it has not started. */
export const ReviewListRow = z.object({
  id: z.nullable(z.string()),
  societyId: z.string(),
  societyName: z.string(),
  contact: z.string(),
  status: ListStatusSchema,
  selfTotal: z.number(),
  finalTotal: z.nullable(z.number()),
  /** The grade of the final total under the year's bands; null until reviewed. */
  grade: z.optional(z.nullable(z.string())),
  answeredCount: z.number(),
  submittedAt: z.nullable(z.string()),
  updatedAt: z.nullable(z.string()),
  /** Submitted (or resubmitted) since this reviewer last opened it. */
  isNew: z.boolean(),
})
export type ReviewListRow = z.infer<typeof ReviewListRow>
/** The former name of the list row. */
export const SubmissionListRow = ReviewListRow
export type SubmissionListRow = ReviewListRow

export const SubmissionRefRow = z.object({ id: z.string(), societyName: z.string() })

/** An item the society changed since the form was returned: its answer and photo count before and after. */
export const ItemChange = z.object({
  itemId: z.string(),
  before: z.nullable(ItemAnswer),
  after: z.nullable(ItemAnswer),
  photosBefore: z.number(),
  photosAfter: z.number(),
})
export type ItemChange = z.infer<typeof ItemChange>

const ScoreState = z.object({ finalScore: z.nullable(z.number()), comment: z.string() })

export const HISTORY_KINDS = [
  'submitted',
  'resubmitted',
  'returned',
  'finalized',
  'score',
  'accepted',
  // Issue 22: withdrawn before review; a 复核 asked (reasons per item) and answered (one entry per item).
  'withdrawn',
  'recheck-requested',
  'recheck-answered',
] as const
export type HistoryKind = (typeof HISTORY_KINDS)[number]

/** One line of a submission's history: a transition or a score change, who (by name) and when. */
export const HistoryEntry = z.object({
  kind: z.enum(HISTORY_KINDS),
  at: z.string(),
  by: z.string(),
  itemId: z.nullable(z.string()),
  before: z.nullable(ScoreState),
  after: z.nullable(ScoreState),
  reasons: z.nullable(z.object({ overall: z.string(), items: z.record(z.string(), z.string()) })),
  /** The self total at a submit, the final total at finalizing. */
  total: z.nullable(z.number()),
  /** Items whose self score was accepted in one go; with a 复核 request, the items it added evidence to. */
  items: z.nullable(z.array(z.string())),
})
export type HistoryEntry = z.infer<typeof HistoryEntry>

/** One item of the society's finalized form of the year before, beside this year's answer. */
export const PreviousYearItem = z.object({
  selfScore: z.nullable(z.number()),
  finalScore: z.nullable(z.number()),
  comment: z.string(),
})
export type PreviousYearItem = z.infer<typeof PreviousYearItem>

/** The same society's finalized submission of the year before (review.get's `previousYear`). */
export const PreviousYear = z.object({
  year: z.number(),
  finalTotal: z.number(),
  grade: z.nullable(z.string()),
  items: z.record(z.string(), PreviousYearItem),
})
export type PreviousYear = z.infer<typeof PreviousYear>
