import { ActionError, type SocietyAdminView, type UserAdminView } from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import type { SocietyRecord, UserRecord } from '../ports'
import { hashBindingCode, newBindingCode } from './binding-code'
import { audit, nowIso } from './records'

const userView = ({ openid, role, societyId, name, phone }: UserRecord): UserAdminView => ({
  openid,
  role,
  societyId,
  name,
  phone,
})

/** A fresh code no other society holds; returns the code (shown once) and its hash (stored). */
async function uniqueBindingCode(ctx: CallContext) {
  for (;;) {
    const code = newBindingCode()
    const hash = hashBindingCode(code)
    if (!(await ctx.store.findSocietyByCodeHash(hash))) return { code, hash }
  }
}

async function requireUser(ctx: CallContext, openid: string): Promise<UserRecord> {
  const user = await ctx.store.getUser(openid)
  if (!user) throw new ActionError('NOT_FOUND', `没有找到用户 ${openid}`)
  return user
}

/** Saves a role change and records it in the audit log. */
async function changeRole(ctx: CallContext, before: UserRecord | null, after: UserRecord, action: string) {
  await ctx.store.putUser(after)
  await audit(ctx, action, after.openid, before && userView(before), userView(after))
  return userView(after)
}

export const adminHandlers: Pick<
  Handlers,
  | 'admin.registerSociety'
  | 'admin.reissueCode'
  | 'admin.listSocieties'
  | 'admin.appointReviewer'
  | 'admin.removeReviewer'
  | 'admin.unbindUser'
  | 'admin.listUsers'
> = {
  'admin.registerSociety': async ({ name, contact }, ctx) => {
    const trimmed = name.trim()
    const societies = await ctx.store.listSocieties()
    if (societies.some((s) => s.name === trimmed)) throw new ActionError('INVALID_INPUT', `学会名称“${trimmed}”已登记`)
    const { code, hash } = await uniqueBindingCode(ctx)
    const society: SocietyRecord = {
      id: ctx.newId(),
      name: trimmed,
      contact: contact?.trim() ?? '',
      bindingCodeHash: hash,
      createdAt: nowIso(ctx),
    }
    await ctx.store.putSociety(society)
    await audit(ctx, 'admin.registerSociety', society.id, null, { name: society.name })
    const view: SocietyAdminView = { id: society.id, name: society.name, contact: society.contact, boundUsers: 0 }
    return { society: view, bindingCode: code }
  },

  'admin.reissueCode': async ({ societyId }, ctx) => {
    const society = await ctx.store.getSociety(societyId)
    if (!society) throw new ActionError('NOT_FOUND', '没有找到该学会')
    const { code, hash } = await uniqueBindingCode(ctx)
    await ctx.store.putSociety({ ...society, bindingCodeHash: hash })
    await audit(ctx, 'admin.reissueCode', society.id, null, null)
    return { bindingCode: code }
  },

  'admin.listSocieties': async (_input, ctx) => {
    const [societies, users] = await Promise.all([ctx.store.listSocieties(), ctx.store.listUsers()])
    const bound = (id: string) => users.filter((u) => u.role === 'filler' && u.societyId === id).length
    return { societies: societies.map((s) => ({ id: s.id, name: s.name, contact: s.contact, boundUsers: bound(s.id) })) }
  },

  'admin.appointReviewer': async ({ openid, name }, ctx) => {
    const user = await ctx.store.getUser(openid)
    if (user?.role === 'admin') throw new ActionError('INVALID_STATE', '管理员不能改任审核员')
    const now = nowIso(ctx)
    const reviewer: UserRecord = {
      openid,
      role: 'reviewer',
      societyId: null,
      name: name?.trim() ?? user?.name ?? '',
      phone: user?.phone ?? '',
      createdAt: user?.createdAt ?? now,
      updatedAt: now,
    }
    return changeRole(ctx, user, reviewer, 'admin.appointReviewer')
  },

  'admin.removeReviewer': async ({ openid }, ctx) => {
    const user = await requireUser(ctx, openid)
    if (user.role !== 'reviewer') throw new ActionError('INVALID_STATE', '该用户不是审核员')
    return changeRole(ctx, user, { ...user, role: null, updatedAt: nowIso(ctx) }, 'admin.removeReviewer')
  },

  'admin.unbindUser': async ({ openid }, ctx) => {
    const user = await requireUser(ctx, openid)
    if (user.role !== 'filler') throw new ActionError('INVALID_STATE', '该用户不是已绑定学会的填报人')
    const unbound = { ...user, role: null, societyId: null, updatedAt: nowIso(ctx) }
    return changeRole(ctx, user, unbound, 'admin.unbindUser')
  },

  'admin.listUsers': async (_input, ctx) => ({ users: (await ctx.store.listUsers()).map(userView) }),
}
