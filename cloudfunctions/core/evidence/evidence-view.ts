import type { DuplicateUse, EvidenceFileInfo } from '../../../src/shared'
import type { EvidenceFileRecord, Ports, SubmissionRecord } from '../ports'
import { findDuplicates, otherSocietiesCopies, registeredPhotos } from './duplicates'

/** Past this many societies sharing a photo, their names are read in one list instead of one by one. */
const NAMES_ONE_BY_ONE = 10

/** The names of the societies with these ids. */
async function societyNames(ctx: Ports, ids: readonly string[]): Promise<Map<string, string>> {
  const societies = ids.length > NAMES_ONE_BY_ONE ? await ctx.store.listSocieties() : await Promise.all(ids.map((id) => ctx.store.getSociety(id)))
  return new Map(societies.flatMap((s) => (s ? [[s.id, s.name] as const] : [])))
}

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
  // Only the year's photos are read (not the forms), and only the names of the societies that share one.
  const copies = otherSocietiesCopies(record, await ctx.store.listYearPhotos(record.year))
  const names = await societyNames(ctx, [...new Set(copies.map((p) => p.societyId))])
  return { files, duplicates: findDuplicates(record, copies, names) }
}
