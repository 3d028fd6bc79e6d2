import { LOGIN_FIRST } from '../dev-sessions'
import { discardBody, rawPath, sendError } from '../http'
import { sniffImageType } from '../../cloudfunctions/core/evidence/image-type'
import { DOCUMENT_MIME, documentExtensionOf } from '../../src/shared'
import type { Route } from './route'

/**
 * `GET /files/<encodeURIComponent(fileId)>`: an evidence photo or document, to its society's fillers and to reviewers and
 * admins. The FileStore port's temporary URLs point here.
 */
export const serveFile: Route = async (req, res, app) => {
  await discardBody(req)
  let fileId: string
  try {
    fileId = decodeURIComponent(rawPath(req).slice('/files/'.length))
  } catch {
    return sendError(res, 400, 'INVALID_INPUT', '照片地址不正确')
  }
  const caller = await app.caller(app.sessions.openidOf(req))
  if (!caller) return sendError(res, 401, 'UNAUTHENTICATED', LOGIN_FIRST)
  const target = app.files.locate(fileId)
  if (!target) return sendError(res, 404, 'NOT_FOUND', '没有这张照片')
  const isReviewer = caller.role === 'reviewer' || caller.role === 'admin'
  const isOwner = caller.role === 'filler' && caller.user?.societyId === target.location.societyId
  if (!isReviewer && !isOwner) return sendError(res, 403, 'FORBIDDEN', '无权查看其他学会的照片')
  const bytes = await app.files.readAt(target.path)
  if (!bytes) return sendError(res, 404, 'NOT_FOUND', '没有这张照片')
  // A document's content was checked on upload and again on registration; its type follows its name.
  const document = documentExtensionOf(target.location.name)
  res.writeHead(200, {
    'Content-Type': (document ? DOCUMENT_MIME[document] : sniffImageType(bytes)) ?? 'application/octet-stream',
    // PDFs open in the browser's viewer; Word and Excel files download under their stored name.
    'Content-Disposition': `${document && document !== 'pdf' ? 'attachment' : 'inline'}; filename="${target.location.name}"`,
    'Content-Length': bytes.length,
    'Cache-Control': 'private, max-age=3600',
    'X-Content-Type-Options': 'nosniff',
  })
  res.end(req.method === 'HEAD' ? undefined : bytes)
}
