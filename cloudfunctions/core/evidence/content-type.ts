import { DOCUMENT_MIME, type DocumentExtension, type EvidenceKind } from '../../../src/shared'
import { DOCUMENT_ZIP_LIMITS } from '../files/limits'
import { requireSaneImage, requireSaneZip } from '../files/refuse'
import { sniffImageType, startsWith } from './image-type'

/** What a file's content says it is, told by the bytes themselves, never by its name. */
export interface ContentType {
  kind: EvidenceKind
  mime: string
  /** For a document, the one extension its name must have. */
  extension: DocumentExtension | null
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] // PK\3\4
const CONTENT_TYPES = '[Content_Types].xml'
/** A real one is a few KB; a larger one is not read (the package is then no Office file). */
const CONTENT_TYPES_MAX_BYTES = 1024 * 1024

/** Collects an entry's text up to `maxBytes`; `text()` is null when there was none or more. */
function textCollector(maxBytes: number) {
  const chunks: Buffer[] = []
  let size = 0
  return {
    read: (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBytes) chunks.push(chunk)
    },
    text: () => (size > 0 && size <= maxBytes ? Buffer.concat(chunks).toString('utf8') : null),
  }
}

/** An Office Open XML package: a zip with `[Content_Types].xml` declaring the main part, and that part present. */
const OFFICE_PACKAGES: readonly { extension: DocumentExtension; part: string; contentType: string }[] = [
  { extension: 'docx', part: 'word/document.xml', contentType: 'wordprocessingml.document.main+xml' },
  { extension: 'xlsx', part: 'xl/workbook.xml', contentType: 'spreadsheetml.sheet.main+xml' },
]

/** The kind of file by its first bytes alone: cheap, so that the size limit is known before anything is read. */
export function sniffKind(bytes: Uint8Array): EvidenceKind | null {
  if (sniffImageType(bytes)) return 'photo'
  if (startsWith(bytes, PDF_MAGIC) || startsWith(bytes, ZIP_MAGIC)) return 'document'
  return null
}

/**
 * What the file is, inspected within the limits of every user file (docs/security.md): an image by its whole
 * header within the pixel cap, an Office package entry by entry within the zip caps. Throws the refusal to show
 * (naming `fileName`); null when the content is of no accepted type.
 */
export async function identifyContent(bytes: Uint8Array, fileName: string): Promise<ContentType | null> {
  const image = sniffImageType(bytes)
  if (image) {
    requireSaneImage(bytes, fileName, '未保存')
    return { kind: 'photo', mime: image, extension: null }
  }
  if (startsWith(bytes, PDF_MAGIC)) return { kind: 'document', mime: DOCUMENT_MIME.pdf, extension: 'pdf' }
  if (!startsWith(bytes, ZIP_MAGIC)) return null
  const types = textCollector(CONTENT_TYPES_MAX_BYTES)
  const zip = await requireSaneZip(bytes, fileName, DOCUMENT_ZIP_LIMITS, '未保存', (name) => (name === CONTENT_TYPES ? types.read : undefined))
  const declared = types.text()
  if (!declared) return null
  const found = OFFICE_PACKAGES.find((p) => zip.names.has(p.part) && declared.includes(p.contentType))
  return found ? { kind: 'document', mime: DOCUMENT_MIME[found.extension], extension: found.extension } : null
}
