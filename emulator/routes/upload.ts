import type { ContentType } from '../../cloudfunctions/core/evidence/content-type'
import { checkEvidenceBytes } from '../../cloudfunctions/core/evidence/inspect'
import { ActionError, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_NAME_CHARS, formatBytes } from '../../src/shared'
import { LOGIN_FIRST } from '../dev-sessions'
import { discardBody, queryParam, readBody, sendError, sendJson } from '../http'
import type { Route } from './route'

/** The largest body read: a document's limit (a photo's, 10 MB, is checked once its type is known). */
export const UPLOAD_LIMIT = MAX_DOCUMENT_BYTES

const STATUS_OF: Partial<Record<ActionError['code'], number>> = { INVALID_INPUT: 415, PAYLOAD_TOO_LARGE: 413 }

/**
 * `POST /api/upload?fileId=evidence/<societyId>/<year>/<itemId>/<name>` with the file as the raw body: a
 * filler stores a photo (JPEG, PNG, WebP) or a document (PDF, .docx, .xlsx) under their own society's folder,
 * its type told by content and agreeing with the name. Answers `{ ok: true, data: { fileId: 'local:…' } }`.
 */
export const upload: Route = async (req, res, app) => {
  const refuse = async (status: number, code: Parameters<typeof sendError>[2], message?: string) => {
    await discardBody(req)
    sendError(res, status, code, message)
  }
  const caller = await app.caller(app.sessions.openidOf(req))
  if (!caller) return refuse(401, 'UNAUTHENTICATED', LOGIN_FIRST)
  if (caller.role !== 'filler' || !caller.user?.societyId) return refuse(403, 'FORBIDDEN', '只有已绑定学会的填报人可以上传照片')
  const target = app.files.locate(queryParam(req, 'fileId') ?? '')
  if (!target) return refuse(400, 'INVALID_INPUT', '照片路径不正确，应为 evidence/学会/年度/指标/文件名.jpg')
  if (target.location.societyId !== caller.user.societyId) return refuse(403, 'FORBIDDEN', '只能上传到本学会的目录')
  if (!(await app.countUpload(caller.openid))) return refuse(429, 'RATE_LIMITED', '上传过于频繁，请稍等一分钟再试')

  const body = await readBody(req, UPLOAD_LIMIT)
  if (!body.ok) return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `文件不能超过 ${formatBytes(UPLOAD_LIMIT)}`)
  let content: ContentType
  try {
    content = await checkEvidenceBytes(body.body, target.fileId, queryParam(req, 'name')?.slice(0, MAX_DOCUMENT_NAME_CHARS))
  } catch (error) {
    if (!(error instanceof ActionError)) throw error
    return sendError(res, STATUS_OF[error.code] ?? 400, error.code, error.message)
  }
  // Decoded on the worker while the file is written and the answer travels: the registration that follows finds
  // the hash done, or waits less (a photo whose write fails was hashed for nothing).
  if (content.kind === 'photo') void app.photoHasher.hash(body.body)
  await app.files.write(target.path, body.body)
  sendJson(res, 200, { ok: true, data: { fileId: target.fileId } })
}
