import { ActionError, recheckState } from '../../../src/shared'
import type { Ports } from '../ports'

/** Closing a year (结束年度) waits for every 复核 request of it to be answered (issue 22). */
export async function requireRechecksAnswered(ctx: Pick<Ports, 'store'>, year: number): Promise<void> {
  const open = (await ctx.store.listSubmissions(year)).filter((s) => recheckState(s.recheck) === 'pending')
  if (open.length === 0) return
  const societies = await Promise.all(open.slice(0, 5).map((s) => ctx.store.getSociety(s.societyId)))
  const names = societies.map((s) => s?.name ?? '').join('、')
  throw new ActionError(
    'INVALID_STATE',
    `还有${open.length}个学会的复核申请未答复（${names}${open.length > 5 ? '等' : ''}），答复后才能结束年度`,
  )
}
