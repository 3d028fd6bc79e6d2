import type { Writable } from 'node:stream'
import type { SubmissionRow } from './list-row'
import type {
  ListStatus,
  SortOrder,
  Answers,
  GradeBand,
  ReminderDelivery,
  YearStatus,
  Evidence,
  EvidenceFileInfo,
  NotificationKind,
  ReturnReasons,
  Review,
  Role,
  ScoreSummary,
  SubmissionStatus,
  Transition,
  Publication,
  Recheck,
} from '../../src/shared'
import type { EvidenceReadingStore } from './store/evidence-readings'

/** What the handlers need from the world. Production: wx-server-sdk adapters; emulator and tests: SQLite. */

export interface UserRecord {
  openid: string
  role: Role | null
  societyId: string | null
  name: string
  phone: string
  createdAt: string
  updatedAt: string
}

export interface SocietyRecord {
  id: string
  name: string
  contact: string
  /** SHA-256 of the binding code: the code itself is shown once, to the admin who issues it. */
  bindingCodeHash: string
  createdAt: string
  /** 联系电话 of the contact; absent in records made before the admin console. */
  phone?: string
  /** False once the admin deactivates it: it can no longer bind or save; its data stays. Absent = active. */
  active?: boolean
  /** Openid of the reviewer it is assigned to (我负责的), or null. */
  reviewerOpenid?: string | null
}

/** A society with its admin-console fields filled in as they were before they existed: active, no phone, no reviewer. */
export const withSocietyDefaults = (society: SocietyRecord): Required<SocietyRecord> => ({
  ...society,
  phone: society.phone ?? '',
  active: society.active ?? true,
  reviewerOpenid: society.reviewerOpenid ?? null,
})

/** A one-time reviewer invitation: only the hash of its code is stored. */
export interface InviteRecord {
  id: string
  codeHash: string
  /** Whom the admin meant it for (shown in the admin's list), may be empty. */
  name: string
  createdBy: string
  createdAt: string
  expiresAt: string
  usedBy: string | null
  usedAt: string | null
}

export interface SubmissionRecord {
  id: string
  societyId: string
  year: number
  status: SubmissionStatus
  /** Bumped by every change; updates are compare-and-set on it. */
  version: number
  answers: Answers
  itemVersions: Record<string, number>
  evidence: Evidence
  selfScore: ScoreSummary
  returnReasons: ReturnReasons | null
  review: Review | null
  submittedAt: string | null
  updatedAt: string
  history: Transition[]
  /** Openid of the filler who last changed the answers or photos (shown as 填报人); absent in old records. */
  lastSavedBy?: string | null
  /** Per registered file id: what the server read from the stored file; absent in old records. */
  evidenceFiles?: Record<string, EvidenceFileRecord> | null
  /** The final total, set when finalized (the list ranks by it); absent or null before. */
  finalTotal?: number | null
  /** The answers and photos as they were when last returned: what a resubmission changed is shown against it. */
  returned?: ReturnSnapshot | null
  /**
   * The fillers' writes to this record in the current one-minute window, per openid: the write rate of the
   * actions that change the caller's own submission is counted in the write itself (core/handlers/own-write.ts),
   * compare-and-set like the rest of the record. Absent or null: none counted yet.
   */
  writeWindow?: WriteWindow | null
  /** The society's 复核 request during the year's 公示, and its answer (issue 22); absent or null: none. */
  recheck?: Recheck | null
}

export interface WriteWindow {
  /** Start of the window, ms since the epoch (a multiple of a minute). */
  start: number
  counts: Record<string, number>
}

/** A society's submission for a year, read together with what a filler's write checks: the society and the year. */
export interface SubmissionContext {
  submission: SubmissionRecord | null
  society: SocietyRecord | null
  year: YearRecord | null
}

export interface ReturnSnapshot {
  at: string
  answers: Answers
  evidence: Evidence
}

/** One page of the reviewers' list of a year: every registered society, with its submission if it has one. */
export interface SubmissionListQuery {
  year: number
  status?: ListStatus
  /** A part of the society's name, any case. */
  search?: string
  sort: SortOrder
  /** Only the societies assigned to this reviewer (我负责的); all when absent. Counts follow the scope. */
  reviewer?: string
  /** With `reviewer`: list all when none is assigned to them. */
  allWhenNoneAssigned?: boolean
  offset: number
  limit: number
}

/** What the reviewers' list needs of a society (the cloud store reads only these fields). */
export type ListedSociety = Pick<SocietyRecord, 'id' | 'name' | 'contact' | 'reviewerOpenid'>

/** A society of the list and its submission's list row for the year (null: not started). */
export interface SubmissionListEntry {
  society: ListedSociety
  submission: SubmissionRow | null
}

export interface SubmissionListPage {
  /** Societies matching the filter. */
  total: number
  /** Societies per status in the scope for the whole year, whatever the filter. */
  counts: Record<ListStatus, number>
  /** Whether the list was narrowed to `reviewer`'s societies. */
  narrowed: boolean
  rows: SubmissionListEntry[]
}

/** A registered evidence file as the server found it in storage, with the fingerprints duplicates are found by. */
export interface EvidenceFileRecord extends EvidenceFileInfo {
  /** SHA-256 of the stored bytes, hex. */
  sha256: string
  /** 64-bit difference hash of a photo's decoded pixels, 16 hex digits; null for documents and undecodable images. */
  dhash: string | null
  registeredAt: string
}

export type DeliveryStatus = 'pending' | 'sent' | 'refused' | 'failed'

/** A subscribe message that failed is sent at most this many times in all, then left visible as failed. */
export const MAX_DELIVERY_ATTEMPTS = 3

export interface NotificationRecord {
  id: string
  recipient: string
  kind: NotificationKind
  title: string
  body: string
  page: string
  read: boolean
  createdAt: string
  delivery: DeliveryStatus
  deliveryError: string | null
  attempts: number
}

export interface AuditRecord {
  id: string
  actor: string
  action: string
  target: string
  before: unknown
  after: unknown
  at: string
}

/** A year and its settings: the store, never the code, says which years exist and which is current. */
export interface YearRecord {
  year: number
  status: YearStatus
  /** The year whose rubric this one was rolled over from; null: the year's own form (2022). */
  rubricFrom: number | null
  /** 填报截止, `YYYY-MM-DD` (the whole day in Beijing time); null: no deadline. */
  deadline: string | null
  /** Society id → that society's later deadline. */
  extensions: Record<string, string>
  gradeBands: GradeBand[]
  openedAt: string
  closedAt: string | null
  updatedAt: string
  /** 自动提醒: days before each society's deadline to remind it; absent in records made before it existed. */
  reminderDaysBefore?: number[]
  /** The year's 公示 (issue 22); absent or null: not published. */
  publication?: PublicationRecord | null
}

/** A 公示 as stored: the shown publication, and the societies already told of it. */
export interface PublicationRecord extends Publication {
  by: string
  notified: string[]
}

/** One 催报 to one society: who was told and how each subscribe message fared when sent. */
export interface ReminderRecord {
  id: string
  year: number
  societyId: string
  by: string
  at: string
  deliveries: (ReminderDelivery & { openid: string })[]
}

/**
 * The claim of one scheduled reminder: the timer sends the reminder of (year, society, day) only when its
 * claim is the one stored, so that runs at the same moment, or run again, send it once.
 */
export interface ScheduledReminderClaim {
  year: number
  societyId: string
  /** The Beijing day it is for, `YYYY-MM-DD`. */
  day: string
  daysBefore: number
  /** The run that claimed it. */
  runId: string
  at: string
}

export interface Page<T> {
  total: number
  rows: T[]
}

export interface Store extends EvidenceReadingStore {
  getUser(openid: string): Promise<UserRecord | null>
  putUser(user: UserRecord): Promise<void>
  listUsers(): Promise<UserRecord[]>
  /** The users of one role, oldest first (the reviewers, for the notice of a submit). */
  listUsersByRole(role: Role): Promise<UserRecord[]>

  getSociety(id: string): Promise<SocietyRecord | null>
  findSocietyByCodeHash(bindingCodeHash: string): Promise<SocietyRecord | null>
  putSociety(society: SocietyRecord): Promise<void>
  listSocieties(): Promise<SocietyRecord[]>

  getSubmission(id: string): Promise<SubmissionRecord | null>
  findSubmission(societyId: string, year: number): Promise<SubmissionRecord | null>
  /**
   * The society's submission for the year with the society and the year record, read at once (in the cloud
   * one operation while the submission exists). Each part is null when not stored.
   */
  findSubmissionWithContext(societyId: string, year: number): Promise<SubmissionContext>
  /** False when the society already has a submission for that year. */
  insertSubmission(submission: SubmissionRecord): Promise<boolean>
  /**
   * Writes `submission` only if the stored version is still `expectedVersion`; false otherwise. With `audit`,
   * that entry is stored by the same write (atomically: both or neither), and listAudit lists it.
   */
  updateSubmission(submission: SubmissionRecord, expectedVersion: number, audit?: AuditRecord): Promise<boolean>
  listSubmissions(year: number): Promise<SubmissionRecord[]>
  /** Filters, counts, orders (see core/list-order.ts) and pages the year's societies and their submissions. */
  listSubmissionPage(query: SubmissionListQuery): Promise<SubmissionListPage>

  /** Records when a reviewer last opened a submission. */
  markSeen(viewer: string, submissionId: string, at: string): Promise<void>
  /** When the viewer last opened each of these submissions; those never opened are left out. */
  listSeen(viewer: string, submissionIds: readonly string[]): Promise<Record<string, string>>
  /** Reports read a year page by page: up to `limit` submissions with id greater than `afterId`, by id. */
  pageSubmissions(year: number, afterId: string | null, limit: number): Promise<SubmissionRecord[]>

  insertNotification(notification: NotificationRecord): Promise<void>
  /** Several at once (one per reviewer): one transaction where the database has them. */
  insertNotifications(notifications: readonly NotificationRecord[]): Promise<void>
  updateNotification(notification: NotificationRecord): Promise<void>
  /** Newest first. */
  listNotifications(recipient: string, offset: number, limit: number): Promise<Page<NotificationRecord>>
  /**
   * Those whose subscribe message is due for a retry, oldest first, all with fewer than
   * MAX_DELIVERY_ATTEMPTS attempts: delivery 'failed', or 'pending' since before `stalePendingBefore` (an
   * ISO time; a first send that old was cut off by a crash). Sent, refused, freshly pending and exhausted
   * ones are not listed, so that exhausted ones never crowd newer ones out of the `limit`.
   */
  listUndelivered(limit: number, stalePendingBefore: string): Promise<NotificationRecord[]>
  markRead(recipient: string, ids: readonly string[] | 'all'): Promise<void>
  countUnread(recipient: string): Promise<number>

  appendAudit(entry: AuditRecord): Promise<void>
  listAudit(target: string): Promise<AuditRecord[]>

  getYear(year: number): Promise<YearRecord | null>
  /** False when the year exists already. */
  insertYear(record: YearRecord): Promise<boolean>
  putYear(record: YearRecord): Promise<void>
  /** Oldest first. */
  listYears(): Promise<YearRecord[]>

  insertReminder(reminder: ReminderRecord): Promise<void>
  /** Oldest first. */
  listReminders(year: number): Promise<ReminderRecord[]>
  insertInvite(invite: InviteRecord): Promise<void>
  findInviteByHash(codeHash: string): Promise<InviteRecord | null>
  /** Marks the invite used by `openid` only if nobody used it yet; false when it was already used. */
  claimInvite(id: string, openid: string, at: string): Promise<boolean>
  /** Newest first. */
  listInvites(): Promise<InviteRecord[]>

  /**
   * Counts a hit for `key` in the fixed window starting at `windowStart` unless `limit` hits are counted there
   * already; true when this hit was counted (within the limit). One database operation in the steady state.
   */
  hit(key: string, windowStart: number, limit: number): Promise<boolean>

  // ---- the reviewer's list: rows, not whole records ----
  /** Every submission of `year` as a list row (see core/list-row.ts), without answers or history. */
  listSubmissionRows(year: number): Promise<SubmissionRow[]>

  // ---- the first admin (account.claimAdmin) ----
  /**
   * Stores `admin` (role admin) only while no user is an admin, atomically: of two concurrent calls for
   * different users one wins; false when an admin exists (or another user just became it).
   */
  promoteFirstAdmin(admin: UserRecord): Promise<boolean>
  // ---- 自动提醒: scheduled reminders ----
  /**
   * Stores the claim unless (year, societyId, day) is claimed already, in one operation: true when this claim
   * is the one stored (by this call, or by an earlier call of the same run whose answer was lost).
   */
  claimScheduledReminder(claim: ScheduledReminderClaim): Promise<boolean>
  /** The year's claims, by day then society. */
  listScheduledReminders(year: number): Promise<ScheduledReminderClaim[]>
  // ---- subscribe-message credits: each one-time consent allows one message of its template ----
  /** Adds one credit to the user's count for the template; answers the count now. */
  addSubscribeCredit(openid: string, templateId: string): Promise<number>
  /** The user's count for the template (0 when none was ever added). */
  getSubscribeCredits(openid: string, templateId: string): Promise<number>
  /** Takes one credit if the user holds any, in one operation; false when none is held. */
  useSubscribeCredit(openid: string, templateId: string): Promise<boolean>
  /** Every user's count for the template, by openid (those never given one may be left out). */
  listSubscribeCredits(templateId: string): Promise<Record<string, number>>
}

export interface FileStore {
  /** Temporary URLs to show photos; ids the store does not know are left out. */
  tempUrls(fileIds: readonly string[]): Promise<Record<string, string>>
  delete(fileIds: readonly string[]): Promise<void>
  /** The stored bytes of a file, or null when storage has no such file (never uploaded, or gone). */
  read(fileId: string): Promise<Uint8Array | null>
}

/** Pictures of QR codes that open the bind page with a binding code filled in. */
export interface BindQr {
  /** A PNG of the QR code for `code` (production: the mini-program code with `scene` = code). */
  png(code: string): Promise<Uint8Array>
}

/** The admin's uploaded import files (an .xlsx or .csv list of societies). */
export interface UploadReader {
  /** The bytes of the uploaded file, or null when there is none; `maxBytes + 1` bytes at most are read. */
  read(fileId: string, maxBytes: number): Promise<Uint8Array | null>
  /** Removes it once read: an import file is needed only once. Best effort. */
  remove(fileId: string): Promise<void>
}

/** Where generated reports go (cloud storage; the emulator's file store) and how evidence is read for an archive. */
export interface ReportFiles {
  /**
   * Streams a report into storage at `path` (`reports/…`, replacing an older one there) and answers its file
   * id and a URL to download it, to be saved as `fileName`.
   */
  saveReport(path: string, fileName: string, write: (out: Writable) => Promise<void>): Promise<{ fileId: string; url: string }>
  /** An evidence file's bytes; null when it is gone. */
  readEvidence(fileId: string): Promise<Buffer | null>
}

export interface SubscribeMessage {
  openid: string
  kind: NotificationKind
  /** Mini-program page the message opens. */
  page: string
  title: string
  body: string
  time: string
}

export type DeliveryResult = { status: 'sent' } | { status: 'refused' | 'failed'; error: string }

export interface Notifier {
  send(message: SubscribeMessage): Promise<DeliveryResult>
  /** The template it sends with (credits are counted per template); null where it sends none. */
  readonly templateId: string | null
}

export interface Clock {
  now(): Date
}

export interface ServerConfig {
  /** Openids that are admins from the start, so that a new deployment can be set up. */
  bootstrapAdmins: readonly string[]
  /** Writes allowed per user per minute. */
  writeLimitPerMinute: number
  /** ADMIN_SETUP_CODE: while no admin exists, the signed-in user who enters it becomes admin. Absent = off. */
  adminSetupCode?: string
}

export interface Ports {
  store: Store
  files: FileStore
  reportFiles: ReportFiles
  notifier: Notifier
  clock: Clock
  config: ServerConfig
  newId(): string
  qr: BindQr
  uploads: UploadReader
  /** Where a photo is decoded for its duplicate hash: the emulator's worker thread; absent, in the calling process. */
  photoHasher?: PhotoHasher
}

/** What decoding a photo found: whether it decodes at all, and its difference hash (null: not hashed). */
export interface PhotoHash {
  undecodable: boolean
  dhash: string | null
}

export interface PhotoHasher {
  hash(bytes: Uint8Array): Promise<PhotoHash>
}

/** What a handler knows: who calls (from WeChat's context or the emulator's dev login only) and the ports. */
export interface HandlerContext extends Ports {
  openid: string | null
}
