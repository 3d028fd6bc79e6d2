import { ItemAnswer } from '../answers/wire'
import { SUBMISSION_STATUSES } from '../submission-status'
import * as z from '../zod'
import { MobilePhone, PersonName } from './fields'

export const ROLES = ['filler', 'reviewer', 'admin'] as const
export const Role = z.enum(ROLES)
export type Role = z.infer<typeof Role>

export const ROLE_LABEL: Record<Role, string> = { filler: '填报人', reviewer: '审核员', admin: '管理员' }

export const Profile = z.object({ name: PersonName, phone: MobilePhone })
export type Profile = z.infer<typeof Profile>

export const SocietyRef = z.object({ id: z.string(), name: z.string() })
export type SocietyRef = z.infer<typeof SocietyRef>

export const Me = z.object({
  role: z.nullable(Role),
  society: z.nullable(SocietyRef),
  profile: z.nullable(z.object({ name: z.string(), phone: z.string() })),
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

export const ReviewItem = z.object({ finalScore: z.nullable(z.number()), comment: z.string() })
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
})
export type SubmissionView = z.infer<typeof SubmissionView>

export const SubmissionListRow = z.object({
  id: z.string(),
  societyId: z.string(),
  societyName: z.string(),
  status: SubmissionStatusSchema,
  selfTotal: z.number(),
  finalTotal: z.nullable(z.number()),
  /** The grade of the final total under the year's bands; null until reviewed. */
  grade: z.optional(z.nullable(z.string())),
  answeredCount: z.number(),
  submittedAt: z.nullable(z.string()),
  updatedAt: z.string(),
})
export type SubmissionListRow = z.infer<typeof SubmissionListRow>

export const NOTIFICATION_KINDS = ['returned', 'reviewed'] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]
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
  contact: z.string(),
  boundUsers: z.number(),
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
