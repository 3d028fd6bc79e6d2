import type { ReadingStatus } from '../../../src/shared'

/** The reading queue: one record per registered evidence photo, read off the save path by a worker or timer. */

/** A photo is tried this many times (a crash or an expired lease counts as a try), then left failed. */
export const MAX_READING_ATTEMPTS = 3

export interface EvidenceReadingRecord {
  /** The evidence photo's file id (its key). */
  fileId: string
  submissionId: string
  societyId: string
  year: number
  itemId: string
  status: ReadingStatus
  /** Claims so far (each claim counts one). */
  attempts: number
  /** Who holds the claim ('' = nobody) and until when (ISO time; '' = not claimed). */
  leaseOwner: string
  leaseUntil: string
  text: string
  /** The text's layout lines, as the reader found them. */
  lines: string[]
  /** Dates found in the text, `YYYY-MM-DD` or `YYYY-MM`. */
  dates: string[]
  /** Every date found lies outside `year` (false when none was found). */
  outsideYear: boolean
  /** Why the last try failed; null after a success or before any try. */
  error: string | null
  createdAt: string
  updatedAt: string
}

/** What a photo's registration puts in the queue. */
export type ReadingJob = Pick<EvidenceReadingRecord, 'fileId' | 'submissionId' | 'societyId' | 'year' | 'itemId'>

export interface ReadingResult {
  text: string
  lines: string[]
  dates: string[]
  outsideYear: boolean
}

/** A claim: the worker `owner` may hold the oldest claimable reading until `leaseUntil`. */
export interface ReadingClaim {
  owner: string
  now: string
  leaseUntil: string
}

/** Out-of-year photos of one item of a year, across societies (the admin's dashboard). */
export interface OutsideYearCount {
  itemId: string
  photos: number
  societies: number
}

export interface EvidenceReadingStore {
  /** Queues a pending reading unless the photo has one already; true when this call queued it. */
  enqueueReading(job: ReadingJob, at: string): Promise<boolean>
  /**
   * Claims the oldest pending reading that is not claimed or whose lease has run out before `now`, counting
   * one attempt, in one atomic step (two workers never hold one photo). A reading whose lease ran out after
   * its last allowed attempt is marked failed instead. Null when there is nothing to read.
   */
  claimReading(claim: ReadingClaim): Promise<EvidenceReadingRecord | null>
  /** Stores the result if `owner` still holds the claim; false when it lost it (the lease ran out). */
  completeReading(fileId: string, owner: string, result: ReadingResult, at: string): Promise<boolean>
  /**
   * Records a failed try by `owner`: pending again, claimable from `retryFrom` (an ISO time), while attempts
   * are left, else failed; `retryFrom` null fails it at once (the file is gone). False when `owner` no longer
   * holds the claim.
   */
  failReading(fileId: string, owner: string, error: string, at: string, retryFrom: string | null): Promise<boolean>
  /** Drops the readings of photos no longer registered. */
  removeReadings(fileIds: readonly string[]): Promise<void>
  /** A submission's readings, by file id. */
  listReadings(submissionId: string): Promise<EvidenceReadingRecord[]>
  /** The year's out-of-year photos per item, most photos first. */
  countOutsideYear(year: number): Promise<OutsideYearCount[]>
}
