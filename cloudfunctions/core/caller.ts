import { ActionError, type Access, type ActionName } from '../../src/shared'
import { adminRecordOf } from './admin-record'
import type { Caller } from './handler-types'
import type { HandlerContext, Ports, SubmissionRecord, UserRecord } from './ports'

/**
 * Who calls: identity only from the context (WeChat's OPENID or the emulator's dev login), never from the
 * payload. A bootstrap admin gets an admin record on first sight, so that a new deployment can be set up.
 */
export async function identifyCaller(ctx: HandlerContext): Promise<Caller> {
  const openid = ctx.openid
  if (!openid) throw new ActionError('UNAUTHENTICATED')
  const user = await ctx.store.getUser(openid)
  if (!ctx.config.bootstrapAdmins.includes(openid) || user?.role === 'admin') return { openid, user }
  const admin = adminRecordOf(openid, user, ctx.clock.now().toISOString())
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

const windowStartOf = (ctx: Pick<Ports, 'clock'>) => Math.floor(ctx.clock.now().getTime() / WINDOW_MS) * WINDOW_MS

/**
 * Actions whose write rate is counted in the write they make (countOwnWrite) instead of by a hit of its own:
 * a filler's save and submit, the writes that happen most, cost no round trip for the limit.
 */
export const RATE_COUNTED_IN_WRITE: ReadonlySet<ActionName> = new Set<ActionName>(['submission.saveAnswers', 'submission.submit'])

/** Counts a write against the caller's per-minute budget (fixed one-minute windows). */
export async function checkWriteRate(ctx: HandlerContext, openid: string): Promise<void> {
  if (!(await ctx.store.hit(`write:${openid}`, windowStartOf(ctx), ctx.config.writeLimitPerMinute))) throw new ActionError('RATE_LIMITED')
}

/**
 * The caller's write to their own submission, counted in the record it writes: the record carries each
 * filler's writes of the current minute, and the compare-and-set on its version that stores the change stores
 * the count, so two concurrent writes cannot both take the last one. Refuses with RATE_LIMITED, writing nothing,
 * when the caller's writes to this record in this minute reach the per-minute budget. Only a write is counted
 * (a save that changes nothing is a read).
 */
export function countOwnWrite(ctx: Pick<Ports, 'clock' | 'config'>, openid: string, current: SubmissionRecord, next: SubmissionRecord): SubmissionRecord {
  const start = windowStartOf(ctx)
  const counts = current.writeWindow?.start === start ? current.writeWindow.counts : {}
  const used = counts[openid] ?? 0
  if (used >= ctx.config.writeLimitPerMinute) throw new ActionError('RATE_LIMITED')
  return { ...next, writeWindow: { start, counts: { ...counts, [openid]: used + 1 } } }
}
