import type { DuplicateUse } from '../../../src/shared'
import type { RegisteredPhotoRecord, SubmissionRecord } from '../ports'
import { hammingDistance } from './dhash'

/**
 * Two photos are the same photo when their bytes are identical, or when their difference hashes differ in at
 * most this many of 64 bits. Chosen from measurements on generated photos (bench/dhash-threshold.ts,
 * docs/evidence.md): on 60 generated scenes every recompressed, rescaled and slightly (≤3%) cropped copy
 * lay within 9 bits of its original, and 2 of the 1770 pairs of different scenes did (0.1%); 5% crops match
 * 88% of the time.
 */
export const DHASH_MATCH_DISTANCE = 9

type Fingerprint = Pick<RegisteredPhotoRecord, 'sha256' | 'dhash'>

function samePhoto(a: Fingerprint, b: Fingerprint): { exact: boolean } | null {
  if (a.sha256 === b.sha256) return { exact: true }
  if (a.dhash && b.dhash && hammingDistance(a.dhash, b.dhash) <= DHASH_MATCH_DISTANCE) return { exact: false }
  return null
}

/** What registeredPhotos reads of a submission (the store reads only this for the year's other submissions). */
export type SubmissionEvidence = Pick<SubmissionRecord, 'id' | 'societyId' | 'evidence' | 'evidenceFiles'>

/** Every photo of a submission that is still registered (in its evidence lists) and was fingerprinted. */
export function registeredPhotos({ id, societyId, evidence, evidenceFiles }: SubmissionEvidence): RegisteredPhotoRecord[] {
  const files = evidenceFiles ?? {}
  return Object.entries(evidence).flatMap(([itemId, fileIds]) =>
    fileIds.flatMap((fileId) => {
      const file = files[fileId]
      return file?.kind === 'photo' ? [{ submissionId: id, societyId, itemId, fileId, sha256: file.sha256, dhash: file.dhash }] : []
    }),
  )
}

/** The photos of other societies in `yearPhotos` that are the same photo as one of `target`'s. */
export function otherSocietiesCopies(target: SubmissionEvidence, yearPhotos: readonly RegisteredPhotoRecord[]): RegisteredPhotoRecord[] {
  const own = registeredPhotos(target)
  return yearPhotos.filter(
    (p) => p.submissionId !== target.id && p.societyId !== target.societyId && own.some((photo) => samePhoto(photo, p)),
  )
}

/**
 * Per photo of `target`: the other places the same photo is used — other items of `target`, and `copies`: the
 * other societies' photos that otherSocietiesCopies found (pass none to look within the form only).
 */
export function findDuplicates(
  target: SubmissionEvidence,
  copies: readonly RegisteredPhotoRecord[],
  societyNames: ReadonlyMap<string, string>,
): Record<string, DuplicateUse[]> {
  const own = registeredPhotos(target)
  const found: Record<string, DuplicateUse[]> = {}
  for (const photo of own) {
    const uses = [...own, ...copies].flatMap((other): DuplicateUse[] => {
      if (other.fileId === photo.fileId) return []
      const match = samePhoto(photo, other)
      if (!match) return []
      return [
        {
          fileId: other.fileId,
          itemId: other.itemId,
          submissionId: other.submissionId,
          societyName: societyNames.get(other.societyId) ?? '',
          sameSubmission: other.submissionId === target.id,
          exact: match.exact,
        },
      ]
    })
    if (uses.length > 0) found[photo.fileId] = uses
  }
  return found
}
