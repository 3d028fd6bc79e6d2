import { ActionError, type Access } from '../../src/shared'
import type { Caller } from './handler-types'
import type { HandlerContext, UserRecord } from './ports'

/**
 * Who calls: identity only from the context (WeChat's OPENID or the emulator's dev login), never from the
 * payload. A bootstrap admin gets an admin record on first sight, so that a new deployment can be set up.
 */
export async function identifyCaller(ctx: HandlerContext): Promise<Caller> {
  const openid = ctx.openid
  if (!openid) throw new ActionError('UNAUTHENTICATED')
  const user = await ctx.store.getUser(openid)
  if (!ctx.config.bootstrapAdmins.includes(openid) || user?.role === 'admin') return { openid, user }
  const now = ctx.clock.now().toISOString()
  const admin: UserRecord = {
    openid,
    role: 'admin',
    societyId: null,
    name: user?.name ?? '',
    phone: user?.phone ?? '',
    createdAt: user?.createdAt ?? now,
    updatedAt: now,
  }
  await ctx.store.putUser(admin)
  return { openid, user: admin }
}

/** Refuses a caller whose role does not reach the action's access level. */
export function checkAccess(access: Access, user: UserRecord | null): void {
  const role = user?.role ?? null
  switch (access) {
    case 'authenticated':
      return
    case 'member':
      if (role === null) throw new ActionError('NOT_BOUND')
      return
    case 'filler':
      if (role === null || (role === 'filler' && !user?.societyId)) throw new ActionError('NOT_BOUND')
      if (role !== 'filler') throw new ActionError('FORBIDDEN', '只有学会填报人可以进行此操作')
      return
    case 'reviewer':
      if (role !== 'reviewer' && role !== 'admin') throw new ActionError('FORBIDDEN', '只有审核员可以进行此操作')
      return
    case 'admin':
      if (role !== 'admin') throw new ActionError('FORBIDDEN', '只有管理员可以进行此操作')
      return
  }
}

const WINDOW_MS = 60_000

/** Counts a write against the caller's per-minute budget (fixed one-minute windows). */
export async function checkWriteRate(ctx: HandlerContext, openid: string): Promise<void> {
  const windowStart = Math.floor(ctx.clock.now().getTime() / WINDOW_MS) * WINDOW_MS
  if (!(await ctx.store.hit(`write:${openid}`, windowStart, ctx.config.writeLimitPerMinute))) throw new ActionError('RATE_LIMITED')
}
