import { ActionError, deadlineFor, type Me } from '../../../src/shared'
import type { Handlers } from '../handler-types'
import type { Ports, UserRecord } from '../ports'
import { hashBindingCode } from './binding-code'
import { nowIso } from './records'
import { currentYear } from './years'

export async function meOf(ctx: Pick<Ports, 'store' | 'clock'>, user: UserRecord | null): Promise<Me> {
  const { record } = await currentYear(ctx)
  const year = { year: record.year, status: record.status, deadline: deadlineFor(record, user?.societyId ?? null) }
  if (!user) return { role: null, society: null, profile: null, currentYear: year }
  const society = user.societyId ? await ctx.store.getSociety(user.societyId) : null
  return {
    role: user.role,
    society: society ? { id: society.id, name: society.name } : null,
    profile: user.name ? { name: user.name, phone: user.phone } : null,
    currentYear: year,
  }
}

export const accountHandlers: Pick<Handlers, 'account.whoami' | 'account.bind' | 'account.updateProfile'> = {
  'account.whoami': async (_input, ctx) => meOf(ctx, ctx.caller.user),

  'account.bind': async ({ bindingCode, name, phone }, ctx) => {
    // Role first: a reviewer or an admin can never bind, whatever code they type.
    const user = ctx.caller.user
    if (user?.role === 'reviewer' || user?.role === 'admin') {
      throw new ActionError('FORBIDDEN', '审核员和管理员不能绑定学会')
    }
    const society = await ctx.store.findSocietyByCodeHash(hashBindingCode(bindingCode))
    if (!society) throw new ActionError('BAD_BINDING_CODE')
    if (society.active === false) throw new ActionError('INVALID_STATE', `“${society.name}”已停用，不能绑定；如有疑问请联系管理员`)
    if (user?.societyId && user.societyId !== society.id) {
      throw new ActionError('ALREADY_BOUND', '您已绑定其他学会，如需更换请联系管理员')
    }
    const now = nowIso(ctx)
    const bound: UserRecord = {
      openid: ctx.caller.openid,
      role: 'filler',
      societyId: society.id,
      name: name.trim(),
      phone,
      createdAt: user?.createdAt ?? now,
      updatedAt: now,
    }
    await ctx.store.putUser(bound)
    return meOf(ctx, bound)
  },

  'account.updateProfile': async ({ name, phone }, ctx) => {
    const user = ctx.caller.user
    if (!user) throw new ActionError('NOT_BOUND')
    const updated: UserRecord = { ...user, name: name.trim(), phone, updatedAt: nowIso(ctx) }
    await ctx.store.putUser(updated)
    return meOf(ctx, updated)
  },
}
