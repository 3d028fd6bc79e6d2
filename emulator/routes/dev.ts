import { randomBytes } from 'node:crypto'
import { ROLE_LABEL, type Role } from '../../src/shared'
import type { EmulatorApp } from '../app'
import { DEV_OPENID } from '../dev-sessions'
import { discardBody, readBody, sendError, sendJson } from '../http'
import type { Route } from './route'

/** Dev-only identity picker and outbox: these routes exist in the emulator, never in production. */

export interface DevIdentity {
  openid: string
  label: string
  role: Role | null
  societyName: string | null
}

async function describe(app: EmulatorApp, openid: string, label?: string): Promise<DevIdentity> {
  const caller = await app.caller(openid)
  const user = caller?.user ?? null
  const society = user?.societyId ? await app.store.getSociety(user.societyId) : null
  const role = caller?.role ?? null
  return {
    openid,
    label: label ?? `${role ? ROLE_LABEL[role] : '未绑定用户'} ${user?.name || openid}`,
    role,
    societyName: society?.name ?? null,
  }
}

/** The seeded identities, then users made since (e.g. a new user who bound a society), then a brand-new user. */
export async function listIdentities(app: EmulatorApp): Promise<DevIdentity[]> {
  const seeded = new Set(app.seed.identities.map((i) => i.openid))
  const others = (await app.store.listUsers()).map((u) => u.openid).filter((o) => DEV_OPENID.test(o) && !seeded.has(o))
  const known = await Promise.all([
    ...app.seed.identities.map((i) => describe(app, i.openid, i.label)),
    ...others.map((openid) => describe(app, openid)),
  ])
  const fresh = `dev-new-${randomBytes(4).toString('hex')}`
  return [...known, { openid: fresh, label: '新用户（尚未绑定学会）', role: null, societyName: null }]
}

export const devIdentities: Route = async (req, res, app) => {
  await discardBody(req)
  sendJson(res, 200, { ok: true, data: await listIdentities(app) })
}

export const devLogin: Route = async (req, res, app) => {
  const body = await readBody(req, 4096)
  let openid: unknown
  try {
    openid = body.ok ? (JSON.parse(body.body.toString('utf8')) as { openid?: unknown }).openid : undefined
  } catch {
    return sendError(res, 400, 'INVALID_INPUT', '请求不是有效的 JSON')
  }
  if (typeof openid !== 'string' || !DEV_OPENID.test(openid)) {
    return sendError(res, 400, 'INVALID_INPUT', '开发用身份应为 dev- 开头的小写字母、数字或连字符')
  }
  const label = app.seed.identities.find((i) => i.openid === openid)?.label
  const identity = await describe(app, openid, label)
  sendJson(res, 200, { ok: true, data: identity }, { 'Set-Cookie': app.sessions.login(openid) })
}

export const devLogout: Route = async (req, res, app) => {
  await discardBody(req)
  sendJson(res, 200, { ok: true, data: null }, { 'Set-Cookie': app.sessions.logout(req) })
}

export const devOutbox: Route = async (req, res, app) => {
  await discardBody(req)
  sendJson(res, 200, { ok: true, data: app.outbox.list() })
}
