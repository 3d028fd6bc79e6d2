import { createHash } from 'node:crypto'
import {
  ActionError,
  DOCUMENT_LABEL,
  documentExtensionOf,
  formatBytes,
  maxBytesOf,
  parseEvidencePath,
} from '../../../src/shared'
import type { EvidenceFileRecord, FileStore } from '../ports'
import { identifyContent, type ContentType } from './content-type'
import { dhash } from './dhash'

export const UNSUPPORTED_FILE = '只能上传 JPEG、PNG、WebP 照片，或 PDF、Word（.docx）、Excel（.xlsx）文件'

/**
 * Checks an evidence file's bytes against its file id: a supported type by content, agreeing with the name's
 * extension, within the size limit of its kind. Throws the ActionError to show; answers the content type.
 */
export async function checkEvidenceBytes(bytes: Uint8Array, fileId: string): Promise<ContentType> {
  const content = await identifyContent(bytes)
  if (!content) throw new ActionError('INVALID_INPUT', UNSUPPORTED_FILE)
  const claimed = documentExtensionOf(fileId)
  if (content.extension !== claimed) {
    const actual = content.extension ? `${DOCUMENT_LABEL[content.extension]}文件` : '图片'
    throw new ActionError('INVALID_INPUT', `文件内容是${actual}，与文件名的类型不符，请重新选择`)
  }
  const limit = maxBytesOf(content.kind)
  if (bytes.length > limit) {
    const what = content.kind === 'photo' ? '照片' : '文件'
    throw new ActionError('PAYLOAD_TOO_LARGE', `${what}不能超过 ${formatBytes(limit)}（这个有 ${formatBytes(bytes.length)}）`)
  }
  return content
}

/**
 * What a file being registered really is, read from storage (never from the client): that it exists, its type
 * by content (agreeing with its name), its size within the limit, and its fingerprints.
 */
export async function inspectStoredFile(
  files: FileStore,
  fileId: string,
  chosenName: string | undefined,
  now: string,
): Promise<EvidenceFileRecord> {
  const bytes = await files.read(fileId)
  if (!bytes) throw new ActionError('NOT_FOUND', '没有找到已上传的文件，请重新上传')
  const content = await checkEvidenceBytes(bytes, fileId)
  const storedName = parseEvidencePath(fileId)?.name ?? fileId
  return {
    kind: content.kind,
    mime: content.mime,
    name: content.kind === 'document' ? chosenName?.trim() || storedName : storedName,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    dhash: content.kind === 'photo' ? dhash(bytes) : null,
    registeredAt: now,
  }
}
