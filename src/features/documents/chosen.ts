import { DOCUMENT_EXTENSIONS, MAX_DOCUMENT_BYTES, documentExtensionOf, formatBytes, type DocumentExtension } from '../../shared'

/** A document picked on the phone (from a WeChat chat) or in the browser, not yet uploaded. */
export interface ChosenDocument {
  /** A local temp path (weapp) or an object URL (H5). */
  readonly path: string
  readonly name: string
  readonly size: number
}

export const ACCEPTED_DOCUMENTS = DOCUMENT_EXTENSIONS.map((ext) => `.${ext}`).join(',')

/** The document's type, or the message to show before anything is uploaded. */
export function checkChosenDocument(doc: ChosenDocument): { ok: true; extension: DocumentExtension } | { ok: false; message: string } {
  const extension = documentExtensionOf(doc.name)
  if (!extension) return { ok: false, message: `“${doc.name}”不是 PDF、Word（.docx）或 Excel（.xlsx）文件` }
  if (doc.size > MAX_DOCUMENT_BYTES) {
    return { ok: false, message: `“${doc.name}”有 ${formatBytes(doc.size)}，文件不能超过 ${formatBytes(MAX_DOCUMENT_BYTES)}` }
  }
  return { ok: true, extension }
}

/** A fresh stored name with the document's extension (`[A-Za-z0-9_-]{1,64}.pdf`). */
export function documentFileName(extension: DocumentExtension): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}.${extension}`
}
