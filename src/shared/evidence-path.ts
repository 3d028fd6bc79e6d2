/**
 * Where a society's evidence files (photos and documents) live in file storage: `evidence/<societyId>/<year>/<itemId>/<name>`.
 * The client uploads under this prefix; the server refuses to register a file outside the caller's own.
 * A file id may carry a storage prefix before the path (`cloud://env.bucket/evidence/…`, `local:evidence/…`).
 */
const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/

export function evidenceFolder(societyId: string, year: number, itemId: string): string {
  return `evidence/${societyId}/${year}/${itemId}`
}

export interface EvidenceLocation {
  readonly societyId: string
  readonly year: number
  readonly itemId: string
  readonly name: string
}

/** Reads a file id's evidence location, or null when it is not a well-formed evidence path. */
export function parseEvidencePath(fileId: string): EvidenceLocation | null {
  const at = fileId.indexOf('evidence/')
  if (at < 0) return null
  const prefix = fileId.slice(0, at)
  if (prefix && !/^(cloud:\/\/[A-Za-z0-9._-]+\/|local:)$/.test(prefix)) return null
  const parts = fileId.slice(at).split('/')
  if (parts.length !== 5) return null
  const [, societyId, year, itemId, name] = parts as [string, string, string, string, string]
  if (!SEGMENT.test(societyId) || !/^\d{4}$/.test(year) || !/^[AB]\d{1,2}\.\d{1,2}$/.test(itemId)) return null
  if (!/^[A-Za-z0-9_-]{1,64}\.(jpg|jpeg|png|webp|pdf|docx|xlsx)$/.test(name)) return null
  return { societyId, year: Number(year), itemId, name }
}
