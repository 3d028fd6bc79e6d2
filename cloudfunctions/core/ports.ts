import type { Writable } from 'node:stream'
import type { SubmissionRow } from './list-row'
import type {
  Answers,
  Evidence,
  NotificationKind,
  ReturnReasons,
  Review,
  Role,
  ScoreSummary,
  SubmissionStatus,
  Transition,
} from '../../src/shared'

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

export interface Page<T> {
  total: number
  rows: T[]
}

export interface Store {
  getUser(openid: string): Promise<UserRecord | null>
  putUser(user: UserRecord): Promise<void>
  listUsers(): Promise<UserRecord[]>

  getSociety(id: string): Promise<SocietyRecord | null>
  findSocietyByCodeHash(bindingCodeHash: string): Promise<SocietyRecord | null>
  putSociety(society: SocietyRecord): Promise<void>
  listSocieties(): Promise<SocietyRecord[]>

  getSubmission(id: string): Promise<SubmissionRecord | null>
  findSubmission(societyId: string, year: number): Promise<SubmissionRecord | null>
  /** False when the society already has a submission for that year. */
  insertSubmission(submission: SubmissionRecord): Promise<boolean>
  /** Writes `submission` only if the stored version is still `expectedVersion`; false otherwise. */
  updateSubmission(submission: SubmissionRecord, expectedVersion: number): Promise<boolean>
  listSubmissions(year: number): Promise<SubmissionRecord[]>
  /** Reports read a year page by page: up to `limit` submissions with id greater than `afterId`, by id. */
  pageSubmissions(year: number, afterId: string | null, limit: number): Promise<SubmissionRecord[]>

  insertNotification(notification: NotificationRecord): Promise<void>
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

  /**
   * Counts a hit for `key` in the fixed window starting at `windowStart` unless `limit` hits are counted there
   * already; true when this hit was counted (within the limit). One database operation in the steady state.
   */
  hit(key: string, windowStart: number, limit: number): Promise<boolean>

  // ---- the reviewer's list: rows, not whole records ----
  /** Every submission of `year` as a list row (see core/list-row.ts), without answers or history. */
  listSubmissionRows(year: number): Promise<SubmissionRow[]>
  /** Every society's id and name, nothing else. */
  listSocietyNames(): Promise<Array<{ id: string; name: string }>>
}

export interface FileStore {
  /** Temporary URLs to show photos; ids the store does not know are left out. */
  tempUrls(fileIds: readonly string[]): Promise<Record<string, string>>
  delete(fileIds: readonly string[]): Promise<void>
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
}

export interface Clock {
  now(): Date
}

export interface ServerConfig {
  /** Openids that are admins from the start, so that a new deployment can be set up. */
  bootstrapAdmins: readonly string[]
  /** Writes allowed per user per minute. */
  writeLimitPerMinute: number
}

export interface Ports {
  store: Store
  files: FileStore
  reportFiles: ReportFiles
  notifier: Notifier
  clock: Clock
  config: ServerConfig
  newId(): string
}

/** What a handler knows: who calls (from WeChat's context or the emulator's dev login only) and the ports. */
export interface HandlerContext extends Ports {
  openid: string | null
}
