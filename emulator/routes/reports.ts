import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { parseReportPath } from '../../cloudfunctions/core/reports/report-paths'
import { LOGIN_FIRST } from '../dev-sessions'
import { discardBody, queryParam, rawPath, sendError } from '../http'
import type { Route } from './route'

const CONTENT_TYPE = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  pdf: 'application/pdf',
}

/**
 * `GET /reports/<year>/<kind>/<file>?name=…`: a generated report, downloaded as `name`. A society's form to
 * its own fillers and to reviewers and admins; the year's results and evidence archives to reviewers and admins.
 */
export const serveReport: Route = async (req, res, app) => {
  await discardBody(req)
  const path = rawPath(req).slice(1)
  const caller = await app.caller(app.sessions.openidOf(req))
  if (!caller) return sendError(res, 401, 'UNAUTHENTICATED', LOGIN_FIRST)
  const location = parseReportPath(path)
  const full = app.reportFiles.pathOf(path)
  if (!location || !full) return sendError(res, 404, 'NOT_FOUND', '没有这个文件')
  const isReviewer = caller.role === 'reviewer' || caller.role === 'admin'
  const isOwnForm = caller.role === 'filler' && location.kind === 'forms' && caller.user?.societyId === location.societyId
  if (!isReviewer && !isOwnForm) return sendError(res, 403, 'FORBIDDEN', '无权下载这个文件')
  const info = await stat(full).catch(() => null)
  if (!info?.isFile()) return sendError(res, 404, 'NOT_FOUND', '文件不存在，请重新导出')
  const name = queryParam(req, 'name') || path.split('/').pop()!
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPE[location.extension],
    'Content-Length': info.size,
    'Content-Disposition': `attachment; filename="${location.extension}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  if (req.method === 'HEAD') return void res.end()
  createReadStream(full).pipe(res)
}
