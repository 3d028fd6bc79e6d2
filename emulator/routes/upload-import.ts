import { MAX_IMPORT_BYTES } from '../../src/shared'
import { LOGIN_FIRST } from '../dev-sessions'
import { discardBody, readBody, sendError, sendJson } from '../http'
import type { Route } from './route'

/**
 * `POST /api/upload-import` with an .xlsx or .csv as the raw body: the admin's list of societies, read next by
 * admin.readImportFile. Answers `{ ok: true, data: { fileId: 'local:imports/…' } }`.
 */
export const uploadImport: Route = async (req, res, app) => {
  const refuse = async (status: number, code: Parameters<typeof sendError>[2], message?: string) => {
    await discardBody(req)
    sendError(res, status, code, message)
  }
  const caller = await app.caller(app.sessions.openidOf(req))
  if (!caller) return refuse(401, 'UNAUTHENTICATED', LOGIN_FIRST)
  if (caller.role !== 'admin') return refuse(403, 'FORBIDDEN', '只有管理员可以导入学会名单')
  if (!(await app.countUpload(caller.openid))) return refuse(429, 'RATE_LIMITED', '上传过于频繁，请稍等一分钟再试')
  const body = await readBody(req, MAX_IMPORT_BYTES)
  if (!body.ok) return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`)
  if (body.body.length === 0) return sendError(res, 400, 'INVALID_INPUT', '文件是空的')
  sendJson(res, 200, { ok: true, data: { fileId: await app.imports.save(body.body) } })
}
