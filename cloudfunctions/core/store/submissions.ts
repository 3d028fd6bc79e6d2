import type { Answers, Evidence, EvidenceFileInfo, Recheck, ReturnReasons, Review, ScoreSummary, SubmissionStatus, Transition } from '../../../src/shared'
import type { AuditRecord } from './audit'
import type { SocietyRecord } from './societies'
import type { YearRecord } from './years'

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

export interface ReturnSnapshot {
  at: string
  answers: Answers
  evidence: Evidence
}

/** A registered evidence file as the server found it in storage, with the fingerprints duplicates are found by. */
export interface EvidenceFileRecord extends EvidenceFileInfo {
  /** SHA-256 of the stored bytes, hex. */
  sha256: string
  /** 64-bit difference hash of a photo's decoded pixels, 16 hex digits; null for documents and undecodable images. */
  dhash: string | null
  registeredAt: string
}

/** A photo registered in a submission (listed in its evidence): what finding the same photo elsewhere compares. */
export interface RegisteredPhotoRecord {
  submissionId: string
  societyId: string
  itemId: string
  fileId: string
  sha256: string
  dhash: string | null
}

/** A society's submission for a year, read together with what a filler's write checks: the society and the year. */
export interface SubmissionContext {
  submission: SubmissionRecord | null
  society: SocietyRecord | null
  year: YearRecord | null
}

export interface SubmissionStore {
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
  /** Every photo registered in the year's submissions (the reviewer's duplicate check), without their whole records. */
  listYearPhotos(year: number): Promise<RegisteredPhotoRecord[]>
  /** Reports read a year page by page: up to `limit` submissions with id greater than `afterId`, by id. */
  pageSubmissions(year: number, afterId: string | null, limit: number): Promise<SubmissionRecord[]>
}
