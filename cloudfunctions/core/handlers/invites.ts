import { createHash } from 'node:crypto'
import { ActionError, INVITE_VALID_DAYS, type InviteView } from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import type { InviteRecord, UserRecord } from '../ports'
import { meOf } from './account'
import { audit, nowIso } from './records'
import { newOneTimeCode, typedCode } from './one-time-code'

const DAY_MS = 24 * 60 * 60 * 1000

/** Longer than a binding code, since an invitation makes a reviewer. */
const newInviteCode = () => newOneTimeCode(10)
/** Only this hash is stored; the code is matched as people type it (`typedCode`). */
const hashInviteCode = (code: string) => createHash('sha256').update(`invite:${typedCode(code)}`).digest('hex')

function inviteView(invite: InviteRecord, users: readonly UserRecord[], now: string): InviteView {
  const used = invite.usedBy ? users.find((u) => u.openid === invite.usedBy) : undefined
  return {
    id: invite.id,
    name: invite.name,
    createdAt: invite.createdAt,
    expiresAt: invite.expiresAt,
    state: invite.usedBy ? 'used' : invite.expiresAt <= now ? 'expired' : 'open',
    usedBy: invite.usedBy ? { openid: invite.usedBy, name: used?.name ?? '' } : null,
  }
}

async function usableInvite(ctx: CallContext, code: string): Promise<InviteRecord> {
  const invite = await ctx.store.findInviteByHash(hashInviteCode(code))
  if (!invite || invite.usedBy) throw new ActionError('BAD_INVITE_CODE')
  if (invite.expiresAt <= nowIso(ctx)) throw new ActionError('BAD_INVITE_CODE', '邀请码已过期，请向管理员索取新的邀请码')
  return invite
}

export const inviteHandlers: Pick<Handlers, 'admin.inviteReviewer' | 'admin.listInvites' | 'account.acceptInvite'> = {
  'admin.inviteReviewer': async ({ name }, ctx) => {
    const code = newInviteCode()
    const now = ctx.clock.now()
    const invite: InviteRecord = {
      id: ctx.newId(),
      codeHash: hashInviteCode(code),
      name: name?.trim() ?? '',
      createdBy: ctx.caller.openid,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + INVITE_VALID_DAYS * DAY_MS).toISOString(),
      usedBy: null,
      usedAt: null,
    }
    await ctx.store.insertInvite(invite)
    await audit(ctx, 'admin.inviteReviewer', invite.id, null, { name: invite.name, expiresAt: invite.expiresAt })
    return { code, invite: inviteView(invite, [], invite.createdAt) }
  },

  'admin.listInvites': async (_input, ctx) => {
    const [invites, users] = await Promise.all([ctx.store.listInvites(), ctx.store.listUsers()])
    const now = nowIso(ctx)
    return { invites: invites.map((i) => inviteView(i, users, now)) }
  },

  'account.acceptInvite': async ({ code, name, phone }, ctx) => {
    const user = ctx.caller.user
    // A society's filler keeps their society: becoming a reviewer is never a side effect of typing a code.
    if (user?.role === 'filler' && user.societyId) {
      throw new ActionError('ALREADY_BOUND', '您已绑定学会，是该学会的填报人：请先请管理员解除绑定，再使用邀请码')
    }
    if (user?.role === 'admin') throw new ActionError('INVALID_STATE', '您是管理员，不需要邀请码')
    if (user?.role === 'reviewer') throw new ActionError('INVALID_STATE', '您已经是审核员了')
    const invite = await usableInvite(ctx, code)
    const now = nowIso(ctx)
    if (!(await ctx.store.claimInvite(invite.id, ctx.caller.openid, now))) throw new ActionError('BAD_INVITE_CODE')
    const reviewer: UserRecord = {
      openid: ctx.caller.openid,
      role: 'reviewer',
      societyId: null,
      name: name.trim(),
      phone: phone ?? user?.phone ?? '',
      createdAt: user?.createdAt ?? now,
      updatedAt: now,
    }
    await ctx.store.putUser(reviewer)
    await audit(ctx, 'account.acceptInvite', reviewer.openid, user?.role ?? null, { role: 'reviewer', invite: invite.id })
    return meOf(ctx, reviewer)
  },
}
