import { ActionError, societyNameKey } from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import type { SocietyRecord, UserRecord } from '../ports'
import { putSocieties, requireSociety } from './issue-codes'
import { audit } from './records'

async function requireReviewer(ctx: CallContext, openid: string): Promise<UserRecord> {
  const user = await ctx.store.getUser(openid)
  if (!user) throw new ActionError('NOT_FOUND', `没有用户 ${openid}`)
  if (user.role !== 'reviewer' && user.role !== 'admin') throw new ActionError('INVALID_STATE', `${user.name || openid} 不是审核员`)
  return user
}

const isActive = (s: SocietyRecord) => s.active !== false

export const assignHandlers: Pick<Handlers, 'admin.assignSocieties' | 'admin.assignEvenly'> = {
  'admin.assignSocieties': async ({ societyIds, reviewer }, ctx) => {
    if (reviewer) await requireReviewer(ctx, reviewer)
    const societies = await Promise.all([...new Set(societyIds)].map((id) => requireSociety(ctx, id)))
    const changed = societies.filter((s) => (s.reviewerOpenid ?? null) !== reviewer).map((s) => ({ ...s, reviewerOpenid: reviewer }))
    await putSocieties(ctx, changed)
    await audit(ctx, 'admin.assignSocieties', reviewer ?? 'unassigned', null, { societyIds: changed.map((s) => s.id) })
    return { updated: changed.length }
  },

  /**
   * Round robin over the societies in name order, so that each reviewer gets a share that differs by at most
   * one; with onlyUnassigned the reviewers' current loads are evened out first.
   */
  'admin.assignEvenly': async ({ reviewers, onlyUnassigned }, ctx) => {
    const people = await Promise.all([...new Set(reviewers)].map((openid) => requireReviewer(ctx, openid)))
    const chosen = new Set(people.map((p) => p.openid))
    const all = (await ctx.store.listSocieties()).filter(isActive)
    const load = new Map(people.map((p) => [p.openid, 0]))
    if (onlyUnassigned) {
      for (const s of all) if (s.reviewerOpenid && chosen.has(s.reviewerOpenid)) load.set(s.reviewerOpenid, load.get(s.reviewerOpenid)! + 1)
    }
    const toAssign = all
      .filter((s) => !onlyUnassigned || !s.reviewerOpenid)
      .sort((a, b) => societyNameKey(a.name).localeCompare(societyNameKey(b.name), 'zh-Hans-CN'))
    const changed: SocietyRecord[] = []
    for (const society of toAssign) {
      const [least] = [...load.entries()].sort((a, b) => a[1] - b[1])
      const openid = least![0]
      load.set(openid, load.get(openid)! + 1)
      if (society.reviewerOpenid !== openid) changed.push({ ...society, reviewerOpenid: openid })
    }
    await putSocieties(ctx, changed)
    await audit(ctx, 'admin.assignEvenly', 'societies', null, { reviewers: [...chosen], changed: changed.length })
    return { assigned: people.map((p) => ({ openid: p.openid, name: p.name, count: load.get(p.openid)! })) }
  },
}
