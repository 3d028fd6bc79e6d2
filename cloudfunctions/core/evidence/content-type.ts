import JSZip from 'jszip'
import { DOCUMENT_MIME, type DocumentExtension, type EvidenceKind } from '../../../src/shared'
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

/** An Office Open XML package: a zip with `[Content_Types].xml` declaring the main part, and that part present. */
const OFFICE_PACKAGES: readonly { extension: DocumentExtension; part: string; contentType: string }[] = [
  { extension: 'docx', part: 'word/document.xml', contentType: 'wordprocessingml.document.main+xml' },
  { extension: 'xlsx', part: 'xl/workbook.xml', contentType: 'spreadsheetml.sheet.main+xml' },
]

async function officeExtensionOf(bytes: Uint8Array): Promise<DocumentExtension | null> {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    return null
  }
  const types = await zip.file('[Content_Types].xml')?.async('string')
  if (!types) return null
  const found = OFFICE_PACKAGES.find((p) => zip.file(p.part) && types.includes(p.contentType))
  return found?.extension ?? null
}

export async function identifyContent(bytes: Uint8Array): Promise<ContentType | null> {
  const image = sniffImageType(bytes)
  if (image) return { kind: 'photo', mime: image, extension: null }
  if (startsWith(bytes, PDF_MAGIC)) return { kind: 'document', mime: DOCUMENT_MIME.pdf, extension: 'pdf' }
  if (startsWith(bytes, ZIP_MAGIC)) {
    const extension = await officeExtensionOf(bytes)
    if (extension) return { kind: 'document', mime: DOCUMENT_MIME[extension], extension }
  }
  return null
}
