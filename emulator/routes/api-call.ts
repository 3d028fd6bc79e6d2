import { LOGIN_FIRST } from '../dev-sessions'
import { readBody, sendError, sendJson } from '../http'
import type { Route } from './route'

/** Largest JSON body `/api/call` reads: the whole form's answers are far smaller. */
export const CALL_BODY_LIMIT = 1024 * 1024

/**
 * `POST /api/call` `{ action, input }`: runs the action as the session's user (from the cookie only; any
 * identity in the body is ignored) and answers the ActionResult with status 200.
 */
export const apiCall: Route = async (req, res, app) => {
  const body = await readBody(req, CALL_BODY_LIMIT)
  if (!body.ok) return sendError(res, 413, 'PAYLOAD_TOO_LARGE', '提交的内容过大（不能超过 1 MB）')
  let event: unknown
  try {
    event = JSON.parse(body.body.toString('utf8'))
  } catch {
    return sendError(res, 400, 'INVALID_INPUT', '请求不是有效的 JSON')
  }
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    return sendError(res, 400, 'INVALID_INPUT', '请求应为 { action, input }')
  }
  const { action, input } = event as { action?: unknown; input?: unknown }
  const openid = app.sessions.openidOf(req)
  try {
    const result = await app.call(openid, { action, input })
    sendJson(res, 200, !result.ok && result.code === 'UNAUTHENTICATED' ? { ...result, message: LOGIN_FIRST } : result)
  } catch (error) {
    console.error('[emulator] 处理请求出错：', error)
    sendJson(res, 200, { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' })
  }
}
