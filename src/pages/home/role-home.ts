import type { Me } from '../../shared'

export const REVIEWER_HOME = '/reviewer/pages/list/index'
export const ADMIN_HOME = '/admin/pages/index/index'

/** Where a user who is not a bound filler starts instead of the filler's home; null for a filler (or unknown). */
export function roleHome(me: Me | null): string | null {
  if (!me) return null
  if (me.role === null) return '/pages/bind/index'
  if (me.role === 'admin') return ADMIN_HOME
  if (me.role === 'reviewer') return REVIEWER_HOME
  return null
}
