import type { ActionName, ActionResult } from '../../src/shared'
import { fullPatch } from '../emulator/fill-in'

/** Who calls, in the access matrix: nobody, a WeChat user with no role, two societies' fillers, staff. */
export const ROLES = ['anonymous', 'unbound', 'fillerA', 'fillerB', 'reviewer', 'admin'] as const
export type MatrixRole = (typeof ROLES)[number]

/** One way to reach the backend: the handlers directly, or the emulator over HTTP. */
export interface Driver {
  /** The bootstrap admin's openid. */
  readonly admin: string
  /** A brand-new openid of the form this driver accepts. */
  fresh(tag: string): string
  /** Sends `event` as `openid` (null: no identity); extra event fields travel as the client sent them. */
  call(openid: string | null, event: Record<string, unknown>): Promise<ActionResult<unknown>>
  /** Stores a photo file for `fileId` as `openid` where the driver has real file storage. */
  storePhoto(openid: string, fileId: string): Promise<void>
}

export interface World {
  readonly ids: Record<MatrixRole, string | null>
  readonly societyA: { id: string; code: string }
  readonly societyB: { id: string; code: string }
}

export const YEAR = 2022

let societies = 0

async function must<T = unknown>(d: Driver, openid: string | null, action: ActionName, input: unknown): Promise<T> {
  const result = await d.call(openid, { action, input })
  if (!result.ok) throw new Error(`${action} failed while building the world: ${result.code} ${result.message}`)
  return result.data as T
}

/** Fresh societies A and B, a filler bound to each, a reviewer, an unbound user, all new to the backend. */
export async function buildWorld(d: Driver): Promise<World> {
  const register = async () => {
    const data = await must<{ society: { id: string }; bindingCode: string }>(d, d.admin, 'admin.registerSociety', {
      name: `测试学会${++societies}-${Math.random().toString(36).slice(2, 8)}`,
    })
    return { id: data.society.id, code: data.bindingCode }
  }
  const [societyA, societyB] = [await register(), await register()]
  const ids: Record<MatrixRole, string | null> = {
    anonymous: null,
    unbound: d.fresh('u'),
    fillerA: d.fresh('a'),
    fillerB: d.fresh('b'),
    reviewer: d.fresh('r'),
    admin: d.admin,
  }
  await must(d, ids.fillerA, 'account.bind', { bindingCode: societyA.code, name: '张填报', phone: '13800138000' })
  await must(d, ids.fillerB, 'account.bind', { bindingCode: societyB.code, name: '李填报', phone: '13900139000' })
  await makeReviewer(d, ids.reviewer!, '王审核')
  return { ids, societyA, societyB }
}

/** `openid` becomes a reviewer the way people do: the admin's invitation, accepted with their name. */
export async function makeReviewer(d: Driver, openid: string, name: string): Promise<void> {
  const { code } = await must<{ code: string }>(d, d.admin, 'admin.inviteReviewer', { name })
  await must(d, openid, 'account.acceptInvite', { code, name })
}

/** A filler's form, filled in completely (not submitted). */
export async function fillIn(d: Driver, openid: string): Promise<void> {
  const { version } = await must<{ version: number }>(d, openid, 'submission.get', { year: YEAR })
  await must(d, openid, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: fullPatch() })
}

/** Society A's form filled in and submitted; answers its submission id. */
export async function submitA(d: Driver, w: World): Promise<string> {
  await fillIn(d, w.ids.fillerA!)
  return (await must<{ id: string }>(d, w.ids.fillerA, 'submission.submit', { year: YEAR })).id
}

export const photoOf = (societyId: string, name = 'p1.png') => `local:evidence/${societyId}/${YEAR}/B1.1/${name}`

/** A photo stored and registered on society A's B1.1; answers its file id. */
export async function photoA(d: Driver, w: World): Promise<string> {
  const fileId = photoOf(w.societyA.id)
  await d.storePhoto(w.ids.fillerA!, fileId)
  await must(d, w.ids.fillerA, 'submission.addPhoto', { year: YEAR, itemId: 'B1.1', fileId })
  return fileId
}

/** A's form submitted and returned: filler A has one unread notification; answers its id. */
export async function notificationOfA(d: Driver, w: World): Promise<string> {
  const submissionId = await submitA(d, w)
  await must(d, w.ids.reviewer, 'review.return', { submissionId, overall: '请补充材料', items: {} })
  const list = await must<{ rows: { id: string }[] }>(d, w.ids.fillerA, 'notifications.list', {})
  return list.rows[0]!.id
}

export const unreadOf = async (d: Driver, openid: string) =>
  (await must<{ unread: number }>(d, openid, 'notifications.unreadCount', {})).unread
