import type { EvidenceChanged } from '../../../src/shared'
import type { SubmissionWrite } from '../handlers/records'
import { findDuplicates } from './duplicates'
import { fileInfoOf } from './evidence-view'

/**
 * What registering (`added`) or removing one file changed, as addPhoto and removePhoto answer it (issue 25):
 * a few hundred bytes however many answers and files the form holds. A photo's duplicates are the society's
 * view of them: other places in its own form.
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
    added: stored ? { file: fileInfoOf(stored), duplicates: findDuplicates(after, [], new Map())[fileId] ?? [] } : null,
    count: after.evidence[itemId]?.length ?? 0,
  }
}
