import { createHash, timingSafeEqual } from 'node:crypto'
import { ActionError } from '../../../src/shared'
import type { Handlers } from '../handler-types'
import { adminRecordOf } from '../admin-record'
import { meOf } from './account'
import { audit, nowIso } from './records'

export const ADMIN_EXISTS = '本服务已有管理员，管理员设置码已失效；如需管理权限，请联系现任管理员'

const digest = (code: string) => createHash('sha256').update(code, 'utf8').digest()

/**
 * Equal-length digests compared in constant time: how long it takes says nothing about the code. Both sides are
 * read with NFKC, so a code typed on a Chinese keyboard in full-width mode (ｆｉｒｓｔ－２０２４) matches; case
 * still counts, as the deployer chose it.
 */
export const setupCodeMatches = (typed: string, configured: string) =>
  timingSafeEqual(digest(typed.normalize('NFKC').trim()), digest(configured.normalize('NFKC')))

export const claimAdminHandlers: Pick<Handlers, 'account.claimAdmin'> = {
  'account.claimAdmin': async ({ code }, ctx) => {
    const user = ctx.caller.user
    if (user?.role === 'admin') throw new ActionError('INVALID_STATE', '您已经是管理员了')
    const configured = ctx.config.adminSetupCode
    if (!configured) throw new ActionError('FORBIDDEN', '本服务未设置管理员设置码（ADMIN_SETUP_CODE），请联系部署人员')
    if ((await ctx.store.listUsersByRole('admin')).length > 0) throw new ActionError('INVALID_STATE', ADMIN_EXISTS)
    if (!setupCodeMatches(code, configured)) throw new ActionError('FORBIDDEN', '管理员设置码不正确，请向部署人员核实')
    // Becoming admin never silently drops a role held: a society's filler or a reviewer uses another account.
    if (user?.role === 'filler' && user.societyId) {
      throw new ActionError('ALREADY_BOUND', '您已绑定学会，是该学会的填报人：请用另一个微信号领取管理员')
    }
    if (user?.role === 'reviewer') throw new ActionError('INVALID_STATE', '您是审核员：请用另一个微信号领取管理员')
    const admin = adminRecordOf(ctx.caller.openid, user, nowIso(ctx))
    if (!(await ctx.store.promoteFirstAdmin(admin))) throw new ActionError('INVALID_STATE', ADMIN_EXISTS)
    await audit(ctx, 'account.claimAdmin', admin.openid, user?.role ?? null, { role: 'admin' })
    return meOf(ctx, admin)
  },
}
