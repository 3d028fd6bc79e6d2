/**
 * The kinds of evidence files an item accepts: photos and documents (PDF, Word .docx, Excel .xlsx), with their
 * size limits. The server tells a file's type by its content; the name's extension must agree with it.
 */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
/** A document's name as the filler chose it (shown on its chip), in characters. */
export const MAX_DOCUMENT_NAME_CHARS = 80

export type EvidenceKind = 'photo' | 'document'

export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp'] as const
export const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'xlsx'] as const
export type DocumentExtension = (typeof DOCUMENT_EXTENSIONS)[number]

export const DOCUMENT_MIME: Record<DocumentExtension, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** The type as the chip names it. */
export const DOCUMENT_LABEL: Record<DocumentExtension, string> = { pdf: 'PDF', docx: 'Word', xlsx: 'Excel' }

const extensionOf = (name: string): string => name.slice(name.lastIndexOf('.') + 1).toLowerCase()

/** The document type a file name claims by its extension, or null for anything else. */
export function documentExtensionOf(name: string): DocumentExtension | null {
  const ext = extensionOf(name)
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(ext) ? (ext as DocumentExtension) : null
}

/** Photo or document, by the name's extension (the file id's name is ours: `<random>.<ext>`). */
export function evidenceKindOf(fileId: string): EvidenceKind {
  return documentExtensionOf(fileId) ? 'document' : 'photo'
}

export const maxBytesOf = (kind: EvidenceKind): number => (kind === 'document' ? MAX_DOCUMENT_BYTES : MAX_PHOTO_BYTES)

/** `1.2 MB`, `230 KB`: a size as the chips and messages show it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** How a file added during 公示 for a 复核 request is marked wherever the evidence is shown or printed. */
export const RECHECK_ADDITION = '复核补充'

/**
 * Per item, the files added during 公示 for the society's 复核 request (new since the review): from the
 * form's evidence and what is known of each file (the record's `evidenceFiles` or the view's `files`).
 */
export function addedForRecheck(
  evidence: Readonly<Record<string, readonly string[]>>,
  files: Readonly<Record<string, { forRecheck?: boolean }>> | null | undefined,
): Record<string, string[]> {
  const added: Record<string, string[]> = {}
  for (const [itemId, ids] of Object.entries(evidence)) {
    const own = ids.filter((id) => files?.[id]?.forRecheck === true)
    if (own.length > 0) added[itemId] = own
  }
  return added
}
