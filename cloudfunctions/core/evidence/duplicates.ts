import type { DuplicateUse } from '../../../src/shared'
import type { EvidenceFileRecord, SubmissionRecord } from '../ports'
import { hammingDistance } from './dhash'

/**
 * Two photos are the same photo when their bytes are identical, or when their difference hashes differ in at
 * most this many of 64 bits. Chosen from measurements on generated photos (bench/dhash-threshold.ts,
 * docs/evidence.md): on 60 generated scenes every recompressed, rescaled and slightly (≤3%) cropped copy
 * lay within 9 bits of its original, and 2 of the 1770 pairs of different scenes did (0.1%); 5% crops match
 * 88% of the time.
 */
export const DHASH_MATCH_DISTANCE = 9

export function samePhoto(a: EvidenceFileRecord, b: EvidenceFileRecord): { exact: boolean } | null {
  if (a.kind !== 'photo' || b.kind !== 'photo') return null
  if (a.sha256 === b.sha256) return { exact: true }
  if (a.dhash && b.dhash && hammingDistance(a.dhash, b.dhash) <= DHASH_MATCH_DISTANCE) return { exact: false }
  return null
}

interface RegisteredPhoto {
  fileId: string
  itemId: string
  file: EvidenceFileRecord
  submission: SubmissionRecord
}

/** Every photo of a submission that is still registered (in its evidence lists) and was fingerprinted. */
export function registeredPhotos(submission: SubmissionRecord): RegisteredPhoto[] {
  const files = submission.evidenceFiles ?? {}
  return Object.entries(submission.evidence).flatMap(([itemId, fileIds]) =>
    fileIds.flatMap((fileId) => {
      const file = files[fileId]
      return file?.kind === 'photo' ? [{ fileId, itemId, file, submission }] : []
    }),
  )
}

/**
 * Per photo of `target`: the other places the same photo is used — other items of `target`, and the
 * submissions in `others` (other societies' of the same year; pass none to look within the form only).
 */
export function findDuplicates(
  target: SubmissionRecord,
  others: readonly SubmissionRecord[],
  societyNames: ReadonlyMap<string, string>,
): Record<string, DuplicateUse[]> {
  const own = registeredPhotos(target)
  const elsewhere = others.filter((s) => s.id !== target.id && s.societyId !== target.societyId).flatMap(registeredPhotos)
  const found: Record<string, DuplicateUse[]> = {}
  for (const photo of own) {
    const uses = [...own, ...elsewhere].flatMap((other): DuplicateUse[] => {
      if (other.fileId === photo.fileId) return []
      const match = samePhoto(photo.file, other.file)
      if (!match) return []
      return [
        {
          fileId: other.fileId,
          itemId: other.itemId,
          submissionId: other.submission.id,
          societyName: societyNames.get(other.submission.societyId) ?? '',
          sameSubmission: other.submission.id === target.id,
          exact: match.exact,
        },
      ]
    })
    if (uses.length > 0) found[photo.fileId] = uses
  }
  return found
}
