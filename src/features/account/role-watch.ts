import Taro from '@tarojs/taro'
import { ROLE_LABEL } from '../../shared/roles'
import type { Me } from '../../shared'
import { routes } from '../../shared/routes'
import { onAccessDenied } from '../../services/access-denied'
import { roleHome } from '../../pages/home/role-home'
import { currentMe, refreshMe } from './use-me'

const sameStanding = (a: Me | null, b: Me) => a !== null && a.role === b.role && (a.society?.id ?? null) === (b.society?.id ?? null)

/** Where a user starts, by who they are now. */
export const startPage = (me: Me): string => roleHome(me) ?? routes.home()

function changeNotice(me: Me): string {
  if (me.role === null) return '您已不再绑定学会，请用管理员发放的绑定码重新绑定。'
  if (me.role === 'filler') return `您现在是${me.society?.name ?? '学会'}的填报人，将回到填报首页。`
  return `您的身份已变更为${ROLE_LABEL[me.role]}，将回到审核列表。`
}

let checking: Promise<void> | null = null

/** A refused action: read who the user is now; if that changed (or was never known), say so and start them afresh. */
async function recheck(): Promise<void> {
  const before = currentMe()
  const after = await refreshMe()
  if (!after || sameStanding(before, after)) return
  await Taro.showModal({ title: '身份已变更', content: changeNotice(after), showCancel: false, confirmColor: '#1f6fd6' })
  await Taro.reLaunch({ url: startPage(after) })
}

/** Re-routes a user whose role or binding changed while the app was open, instead of leaving them on a raw error. */
export function watchRoleChanges(): () => void {
  return onAccessDenied(() => {
    checking ??= recheck().finally(() => {
      checking = null
    })
  })
}
