import { ActionError, cleanCell, normalizePhone, type UserAdminView } from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import type { SocietyRecord, UserRecord } from '../ports'
import { freshCodes, refuseTakenName, requireSociety } from './issue-codes'
import { audit, nowIso } from './records'
import { newSocietyView, societyView, societyViewData } from './society-view'

const userView = ({ openid, role, societyId, name, phone }: UserRecord): UserAdminView => ({
  openid,
  role,
  societyId,
  name,
  phone,
})

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
  'admin.registerSociety': async ({ name, contact, phone }, ctx) => {
    const trimmed = cleanCell(name)
    refuseTakenName(await ctx.store.listSocieties(), trimmed)
    const [{ code, hash }] = (await freshCodes(ctx, 1)) as [{ code: string; hash: string }]
    const society: SocietyRecord = {
      id: ctx.newId(),
      name: trimmed,
      contact: cleanCell(contact ?? ''),
      phone: normalizePhone(phone ?? ''),
      active: true,
      reviewerOpenid: null,
      bindingCodeHash: hash,
      createdAt: nowIso(ctx),
    }
    await ctx.store.putSociety(society)
    await audit(ctx, 'admin.registerSociety', society.id, null, { name: society.name })
    return { society: newSocietyView(society), bindingCode: code }
  },

  'admin.reissueCode': async ({ societyId }, ctx) => {
    const society = await requireSociety(ctx, societyId)
    const [{ code, hash }] = (await freshCodes(ctx, 1)) as [{ code: string; hash: string }]
    await ctx.store.putSociety({ ...society, bindingCodeHash: hash })
    await audit(ctx, 'admin.reissueCode', society.id, null, null)
    return { bindingCode: code }
  },

  'admin.listSocieties': async ({ year }, ctx) => {
    const [societies, data] = await Promise.all([ctx.store.listSocieties(), societyViewData(ctx, year)])
    return { societies: societies.map((s) => societyView(s, data)) }
  },

  'admin.appointReviewer': async ({ openid, name }, ctx) => {
    // Appointing by openid is for scripts; people join by invitation (admin.inviteReviewer). Never a side effect:
    // an unknown openid or a society's filler is refused rather than silently turned into a reviewer.
    const user = await ctx.store.getUser(openid)
    if (!user) throw new ActionError('NOT_FOUND', `没有用户 ${openid}：请用“邀请审核员”生成邀请码，让对方在小程序里填写`)
    if (user.role === 'admin') throw new ActionError('INVALID_STATE', '管理员不能改任审核员')
    if (user.role === 'filler' && user.societyId) {
      throw new ActionError('INVALID_STATE', '该用户是已绑定学会的填报人：请先在“人员与邀请”中解除其绑定，再任命为审核员')
    }
    const now = nowIso(ctx)
    const reviewer: UserRecord = {
      openid,
      role: 'reviewer',
      societyId: null,
      name: name?.trim() ?? user.name,
      phone: user.phone,
      createdAt: user.createdAt,
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
