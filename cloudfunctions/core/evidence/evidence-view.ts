import type { DuplicateUse, EvidenceFileInfo } from '../../../src/shared'
import type { EvidenceFileRecord, Ports, SubmissionRecord } from '../ports'
import { findDuplicates, registeredPhotos } from './duplicates'

/** What a client is told of a stored file: its kind, type, name and size, and whether it was added for a 复核. */
export const fileInfoOf = ({ kind, mime, name, size, forRecheck }: EvidenceFileRecord): EvidenceFileInfo =>
  forRecheck ? { kind, mime, name, size, forRecheck } : { kind, mime, name, size }

/**
 * The evidence part of a submission's view: each file's kind, type, name and size, and where else each photo
 * is used. The society learns of reuse within its own form only; reviewers also across the year's other
 * societies (whose photos a society must not learn of).
 */
export async function evidenceOfView(
  ctx: Ports,
  record: SubmissionRecord,
  audience: 'society' | 'reviewer',
): Promise<{ files: Record<string, EvidenceFileInfo>; duplicates: Record<string, DuplicateUse[]> }> {
  const stored = record.evidenceFiles ?? {}
  const files = Object.fromEntries(Object.entries(stored).map(([fileId, file]) => [fileId, fileInfoOf(file)]))
  if (registeredPhotos(record).length === 0) return { files, duplicates: {} }
  if (audience === 'society') return { files, duplicates: findDuplicates(record, [], new Map()) }
  const [others, societies] = await Promise.all([ctx.store.listSubmissions(record.year), ctx.store.listSocieties()])
  const names = new Map(societies.map((s) => [s.id, s.name]))
  return { files, duplicates: findDuplicates(record, others, names) }
}
