import { ItemAnswer } from '../answers/wire'
import { EvidenceReadings } from './reading-entities'
import { SUBMISSION_STATUSES } from '../submission-status'
import * as z from '../zod'
import { Publication, Recheck } from './recheck-entities'
import { YEAR_STATUSES } from '../years'
import { MobilePhone, PersonName } from './fields'
import { ItemChange, PreviousYear } from './review-entities'
import { ROLES } from '../roles'

export { ROLES, ROLE_LABEL } from '../roles'
export const Role = z.enum(ROLES)
export type Role = z.infer<typeof Role>

export const Profile = z.object({ name: PersonName, phone: MobilePhone })
export type Profile = z.infer<typeof Profile>

export const SocietyRef = z.object({ id: z.string(), name: z.string() })
export type SocietyRef = z.infer<typeof SocietyRef>

export const Me = z.object({
  role: z.nullable(Role),
  society: z.nullable(SocietyRef),
  profile: z.nullable(z.object({ name: z.string(), phone: z.string() })),
  /** The store's current year (the latest one opened); its deadline is the one for the caller's society. */
  currentYear: z.object({ year: z.number(), status: z.enum(YEAR_STATUSES), deadline: z.nullable(z.string()) }),
})
export type Me = z.infer<typeof Me>

export const SubmissionStatusSchema = z.enum(SUBMISSION_STATUSES)

export const ScoreSummary = z.object({
  total: z.number(),
  max: z.number(),
  complete: z.boolean(),
  groups: z.record(z.string(), z.number()),
  items: z.record(z.string(), z.number()),
  incomplete: z.array(z.string()),
})
export type ScoreSummary = z.infer<typeof ScoreSummary>

export const ReturnReasons = z.object({ overall: z.string(), items: z.record(z.string(), z.string()) })
export type ReturnReasons = z.infer<typeof ReturnReasons>

export const ReviewItem = z.object({
  finalScore: z.nullable(z.number()),
  comment: z.string(),
  /** Who set it (name), when, and the submission version it was set at: the base of per-item merges. */
  reviewer: z.optional(z.string()),
  at: z.optional(z.string()),
  version: z.optional(z.number()),
})
export type ReviewItem = z.infer<typeof ReviewItem>

export const Review = z.object({
  items: z.record(z.string(), ReviewItem),
  reviewerName: z.string(),
  updatedAt: z.string(),
  finalizedAt: z.nullable(z.string()),
})
export type Review = z.infer<typeof Review>

export const Transition = z.object({
  from: SubmissionStatusSchema,
  to: SubmissionStatusSchema,
  by: z.string(),
  at: z.string(),
})
export type Transition = z.infer<typeof Transition>

export const Evidence = z.record(z.string(), z.array(z.string()))
export type Evidence = z.infer<typeof Evidence>

/** What the server learnt of a registered evidence file from its stored content. */
export const EvidenceFileInfo = z.object({
  kind: z.enum(['photo', 'document']),
  /** The content's type, e.g. `image/jpeg`, `application/pdf`. */
  mime: z.string(),
  /** A document's name as the filler chose it; a photo's file name. */
  name: z.string(),
  size: z.number(),
  /** Added during 公示 to a finalized form, for its 复核 request (new since the review). */
  forRecheck: z.optional(z.boolean()),
})
export type EvidenceFileInfo = z.infer<typeof EvidenceFileInfo>

/** Another place the same photo (same content, or the same picture recompressed, rescaled or cropped) is used. */
export const DuplicateUse = z.object({
  fileId: z.string(),
  itemId: z.string(),
  submissionId: z.string(),
  societyName: z.string(),
  /** In the same submission (another item), or in another society's submission of the year. */
  sameSubmission: z.boolean(),
  /** Byte-for-byte the same file. */
  exact: z.boolean(),
})
export type DuplicateUse = z.infer<typeof DuplicateUse>

/** A submission as its society and the reviewers see it. */
export const SubmissionView = z.object({
  id: z.string(),
  societyId: z.string(),
  societyName: z.string(),
  year: z.number(),
  status: SubmissionStatusSchema,
  version: z.number(),
  answers: z.record(z.string(), ItemAnswer),
  /** The submission version at which each item last changed: the base of per-item merges. */
  itemVersions: z.record(z.string(), z.number()),
  evidence: Evidence,
  selfScore: ScoreSummary,
  filler: z.nullable(z.object({ name: z.string(), phone: z.string() })),
  returnReasons: z.nullable(ReturnReasons),
  /** The review: to the society only once finalized; to reviewers always. */
  review: z.nullable(Review),
  finalScore: z.nullable(ScoreSummary),
  /** The grade of the final total under the year's bands, once reviewed (and visible). */
  grade: z.optional(z.nullable(z.string())),
  submittedAt: z.nullable(z.string()),
  updatedAt: z.string(),
  history: z.array(Transition),
  /** To reviewers, after a resubmission: the items changed since the form was returned. */
  changesSinceReturn: z.optional(z.nullable(z.array(ItemChange))),
  /** Per file id: its kind, type, name and size (files registered before these were recorded have none). */
  files: z.optional(z.record(z.string(), EvidenceFileInfo)),
  /**
   * Per photo file id: where else the same photo is used. The society sees uses in its own form only;
   * reviewers also see other societies' submissions of the year.
   */
  duplicates: z.optional(z.record(z.string(), z.array(DuplicateUse))),
  /**
   * To the society, while its status would allow edits: why the form can no longer be changed or submitted
   * (the year is closed, or its deadline has passed); null while filling is open.
   */
  closedReason: z.optional(z.nullable(z.string())),
  /** review.get only: the society's finalized form of the year before, or null (none, or not finalized). */
  previousYear: z.optional(z.nullable(PreviousYear)),
  /**
   * review.get only: items whose self score rose by more than half the item's maximum since last year while
   * an evidence photo is byte-for-byte the file used for the same item last year.
   */
  risenOnSamePhoto: z.optional(z.array(z.string())),
  /** Issue 22: the year's 公示 once published (shown with a finalized form), and the society's 复核. */
  publication: z.optional(z.nullable(Publication)),
  recheck: z.optional(z.nullable(Recheck)),
  /** review.get only: what reading each evidence photo found (issue 23), per file id. */
  readings: z.optional(EvidenceReadings),
})
export type SubmissionView = z.infer<typeof SubmissionView>

// The reviewers' list row is ReviewListRow (review-entities.ts): every registered society, 未开始 included.

/** `submitted` / `resubmitted` go to the reviewers' inbox only (no subscribe message); `reminder` is the admin's 催报. */
export const NOTIFICATION_KINDS = [
  'returned',
  'reviewed',
  'submitted',
  'resubmitted',
  'reminder',
  // Issue 22: a withdrawal and a 复核 request (reviewers' inbox); the 公示 and a 复核's answer (the society).
  'withdrawn',
  'recheck-requested',
  'published',
  'rechecked',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]
/** A notification's kind as the inbox tags it and the subscribe message's kind field says it. */
export const NOTIFICATION_KIND_LABEL: Record<NotificationKind, string> = {
  returned: '退回修改',
  reviewed: '审核完成',
  submitted: '新提交',
  resubmitted: '重新提交',
  reminder: '催报',
  withdrawn: '撤回',
  'recheck-requested': '申请复核',
  published: '结果公示',
  rechecked: '复核完成',
}
export const DELIVERY_STATUSES = ['pending', 'sent', 'refused', 'failed'] as const

export const Notification = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  /** The mini-program page the notification opens, e.g. `filler/result/index?year=2022` (see shared/routes). */
  page: z.string(),
  read: z.boolean(),
  createdAt: z.string(),
  delivery: z.enum(DELIVERY_STATUSES),
  deliveryError: z.nullable(z.string()),
})
export type Notification = z.infer<typeof Notification>

export const SocietyAdminView = z.object({
  id: z.string(),
  name: z.string(),
  /** 联系人 */
  contact: z.string(),
  /** 联系电话 */
  phone: z.string(),
  /** False once deactivated: no binding, no saving; its data stays. */
  active: z.boolean(),
  boundUsers: z.number(),
  /** The reviewer it is assigned to. */
  reviewer: z.nullable(z.object({ openid: z.string(), name: z.string() })),
  /** Its submission's status in the year listed (admin.listSocieties' year, else the current one); null before its filler opens the form (未开始). */
  status: z.nullable(SubmissionStatusSchema),
})
export type SocietyAdminView = z.infer<typeof SocietyAdminView>

export const UserAdminView = z.object({
  openid: z.string(),
  role: z.nullable(Role),
  societyId: z.nullable(z.string()),
  name: z.string(),
  phone: z.string(),
})
export type UserAdminView = z.infer<typeof UserAdminView>

/** A society with the binding code just made for it: shown once, then only its hash is kept. */
export const IssuedCode = z.object({ society: SocietyAdminView, bindingCode: z.string() })
export type IssuedCode = z.infer<typeof IssuedCode>

export const INVITE_STATES = ['open', 'used', 'expired'] as const
export const InviteView = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  state: z.enum(INVITE_STATES),
  usedBy: z.nullable(z.object({ openid: z.string(), name: z.string() })),
})
export type InviteView = z.infer<typeof InviteView>
