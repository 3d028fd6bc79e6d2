import { DOCUMENT_EXTENSIONS, MAX_DOCUMENT_BYTES, documentExtensionOf, formatBytes, type DocumentExtension } from '../../shared'

/** A document picked on the phone (from a WeChat chat) or in the browser, not yet uploaded. */
export interface ChosenDocument {
  /** A local temp path (weapp) or an object URL (H5). */
  readonly path: string
  readonly name: string
  readonly size: number
}

export const ACCEPTED_DOCUMENTS = DOCUMENT_EXTENSIONS.map((ext) => `.${ext}`).join(',')

const MB = 1024 * 1024
const MAX_DOCUMENT_MB = MAX_DOCUMENT_BYTES / MB

/** A size just over the limit, never shown as the limit itself: 20.0 MB and one byte reads 20.01 MB (rounded up). */
function sizeOverLimit(bytes: number): string {
  const shown = formatBytes(bytes)
  return parseFloat(shown) > MAX_DOCUMENT_MB ? shown : `${(Math.ceil((bytes / MB) * 100) / 100).toFixed(2)} MB`
}

/** The document's type, or the message to show before anything is uploaded. */
export function checkChosenDocument(doc: ChosenDocument): { ok: true; extension: DocumentExtension } | { ok: false; message: string } {
  const extension = documentExtensionOf(doc.name)
  if (!extension) return { ok: false, message: `“${doc.name}”不是 PDF、Word（.docx）或 Excel（.xlsx）文件` }
  if (doc.size > MAX_DOCUMENT_BYTES) {
    return { ok: false, message: `“${doc.name}”超过 ${MAX_DOCUMENT_MB} MB（${sizeOverLimit(doc.size)}），请压缩或拆分后再上传` }
  }
  return { ok: true, extension }
}

/** A fresh stored name with the document's extension (`[A-Za-z0-9_-]{1,64}.pdf`). */
export function documentFileName(extension: DocumentExtension): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}.${extension}`
}
