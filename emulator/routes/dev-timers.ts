import { isCalendarDate } from '../../src/shared'
import { readBody, sendError, sendJson } from '../http'
import type { Route } from './route'

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

/** The moment asked for: `now` as an ISO time with its zone; absent: the emulator's clock. */
function momentOf(body: unknown): Date | string {
  const now = (body as { now?: unknown } | null)?.now
  if (now === undefined) return new Date()
  if (typeof now !== 'string' || !ISO_TIME.test(now) || !isCalendarDate(now.slice(0, 10)) || Number.isNaN(Date.parse(now))) {
    return 'now 应为带时区的 ISO 时间，如 2023-03-28T10:00:00+08:00'
  }
  return new Date(now)
}

/**
 * POST /api/dev/run-timers `{ "now": "<ISO time>" }`: runs every timer of production (retries of failed
 * subscribe messages, 自动提醒) as at that moment and answers what they did. Dev mode only (404 otherwise).
 */
export const devRunTimers: Route = async (req, res, app) => {
  const body = await readBody(req, 4096)
  if (!app.devMode) return sendError(res, 404, 'NOT_FOUND', '没有这个接口')
  if (!body.ok) return sendError(res, 413, 'PAYLOAD_TOO_LARGE', '请求过大')
  let parsed: unknown = {}
  try {
    const text = body.body.toString('utf8').trim()
    if (text) parsed = JSON.parse(text)
  } catch {
    return sendError(res, 400, 'INVALID_INPUT', '请求不是有效的 JSON')
  }
  const moment = momentOf(parsed)
  if (typeof moment === 'string') return sendError(res, 400, 'INVALID_INPUT', moment)
  sendJson(res, 200, { ok: true, data: await app.runTimers(moment) })
}
