import { LOGIN_FIRST } from '../dev-sessions'
import { discardBody, queryParam, readBody, sendError, sendJson } from '../http'
import { sniffImageType } from '../../cloudfunctions/core/evidence/image-type'
import type { Route } from './route'

export const UPLOAD_LIMIT = 10 * 1024 * 1024

/**
 * `POST /api/upload?fileId=evidence/<societyId>/<year>/<itemId>/<name>` with the image as the raw body: a
 * filler stores a photo under their own society's folder. Answers `{ ok: true, data: { fileId: 'local:…' } }`.
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
  if (!body.ok) return sendError(res, 413, 'PAYLOAD_TOO_LARGE', '照片不能超过 10 MB')
  if (!sniffImageType(body.body)) return sendError(res, 415, 'INVALID_INPUT', '只能上传 JPEG、PNG 或 WebP 图片')
  await app.files.write(target.path, body.body)
  sendJson(res, 200, { ok: true, data: { fileId: target.fileId } })
}
