import { createHash } from 'node:crypto'
import {
  ActionError,
  DOCUMENT_LABEL,
  documentExtensionOf,
  formatBytes,
  maxBytesOf,
  parseEvidencePath,
} from '../../../src/shared'
import type { EvidenceFileRecord, Ports } from '../ports'
import { identifyContent, sniffKind, type ContentType } from './content-type'
import { inProcessHasher } from './photo-hash'

export const UNSUPPORTED_FILE = '只能上传 JPEG、PNG、WebP 照片，或 PDF、Word（.docx）、Excel（.xlsx）文件'

/** The name a message gives the file: the one the filler chose for a document, else the stored one. */
const shownName = (fileId: string, chosenName?: string) => chosenName?.trim() || (parseEvidencePath(fileId)?.name ?? fileId)

/**
 * Checks an evidence file's bytes against its file id: a supported type by content, within the size limit of
 * its kind, inspected within the limits of every user file (docs/security.md), agreeing with the name's
 * extension. Throws the ActionError to show; answers the content type.
 */
export async function checkEvidenceBytes(bytes: Uint8Array, fileId: string, chosenName?: string): Promise<ContentType> {
  const kind = sniffKind(bytes)
  if (!kind) throw new ActionError('INVALID_INPUT', UNSUPPORTED_FILE)
  const limit = maxBytesOf(kind)
  const name = shownName(fileId, chosenName)
  if (bytes.length > limit) {
    const what = kind === 'photo' ? '照片' : '文件'
    throw new ActionError('PAYLOAD_TOO_LARGE', `“${name}”有 ${formatBytes(bytes.length)}，${what}不能超过 ${formatBytes(limit)}，未保存`)
  }
  const content = await identifyContent(bytes, name)
  if (!content) throw new ActionError('INVALID_INPUT', UNSUPPORTED_FILE)
  const claimed = documentExtensionOf(fileId)
  if (content.extension !== claimed) {
    const actual = content.extension ? `${DOCUMENT_LABEL[content.extension]}文件` : '图片'
    throw new ActionError('INVALID_INPUT', `文件内容是${actual}，与文件名的类型不符，请重新选择`)
  }
  return content
}

async function inspectBytes(ports: Ports, bytes: Uint8Array, fileId: string, chosenName: string | undefined, now: string) {
  const content = await checkEvidenceBytes(bytes, fileId, chosenName)
  const name = shownName(fileId, chosenName)
  let dhash: string | null = null
  if (content.kind === 'photo') {
    const hashed = await (ports.photoHasher ?? inProcessHasher).hash(bytes)
    if (hashed.undecodable) throw new ActionError('INVALID_INPUT', `“${name}”的图像数据无法解码（文件已损坏或不完整），未保存`)
    dhash = hashed.dhash
  }
  const record: EvidenceFileRecord = {
    kind: content.kind,
    mime: content.mime,
    name: content.kind === 'document' ? name : (parseEvidencePath(fileId)?.name ?? fileId),
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    dhash,
    registeredAt: now,
  }
  return record
}

/**
 * What a file being registered really is, read from storage (never from the client): that it exists, its type
 * by content (agreeing with its name), its size within the limit, its structure within the limits of every
 * user file, and its fingerprints. A refused file is deleted from storage: nothing of it is kept.
 */
export async function inspectStoredFile(
  ports: Ports,
  fileId: string,
  chosenName: string | undefined,
  now: string,
): Promise<EvidenceFileRecord> {
  const bytes = await ports.files.read(fileId)
  if (!bytes) throw new ActionError('NOT_FOUND', '没有找到已上传的文件，请重新上传')
  try {
    return await inspectBytes(ports, bytes, fileId, chosenName, now)
  } catch (error) {
    if (error instanceof ActionError) {
      await ports.files.delete([fileId]).catch((failure) => console.error('删除被拒收的文件失败', fileId, failure))
    }
    throw error
  }
}
