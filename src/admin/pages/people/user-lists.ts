import { ROLE_LABEL, type InviteView, type Role, type UserAdminView } from '../../../shared'

export type RoleTab = Role | 'none'

export const ROLE_TABS: readonly { label: string; value: RoleTab }[] = [
  { label: ROLE_LABEL.reviewer, value: 'reviewer' },
  { label: ROLE_LABEL.filler, value: 'filler' },
  { label: ROLE_LABEL.admin, value: 'admin' },
  { label: '无角色', value: 'none' },
]

export const usersOf = (users: readonly UserAdminView[], tab: RoleTab) => users.filter((u) => (u.role ?? 'none') === tab)

export const INVITE_STATE_LABEL: Record<InviteView['state'], string> = { open: '未使用', used: '已使用', expired: '已过期' }
