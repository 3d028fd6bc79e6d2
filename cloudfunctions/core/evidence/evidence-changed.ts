import type { EvidenceChanged } from '../../../src/shared'
import type { SubmissionWrite } from '../handlers/records'
import type { SubmissionRecord } from '../ports'
import { findDuplicates } from './duplicates'
import { fileInfoOf } from './evidence-view'

/** The other photos of the form that are the same photo as `fileId`, in the form's order. */
const sameAs = (record: SubmissionRecord, fileId: string) =>
  (findDuplicates(record, [], new Map())[fileId] ?? []).map(({ fileId: other, exact }) => ({ fileId: other, exact }))

/**
 * What registering (`added`) or removing one file changed, as addPhoto and removePhoto answer it (issue 25):
 * a few hundred bytes however many answers and files the form holds (and some 100 more for each other place in
 * the form the same photo is used).
 */
export function evidenceChanged(write: SubmissionWrite, itemId: string, fileId: string, change: 'added' | 'removed'): EvidenceChanged {
  const { before, after } = write
  const stored = change === 'added' ? after.evidenceFiles?.[fileId] : undefined
  return {
    id: after.id,
    version: after.version,
    updatedAt: after.updatedAt,
    from: before.version,
    itemId,
    fileId,
    added: stored ? { file: fileInfoOf(stored), sameAs: sameAs(after, fileId) } : null,
    count: after.evidence[itemId]?.length ?? 0,
  }
}
