import type { Me } from '../../shared'
import { routes } from '../../shared/routes'

export const REVIEWER_HOME = routes.reviewerList()
export const ADMIN_HOME = routes.adminHome()

/** Where a user who is not a bound filler starts instead of the filler's home; null for a filler (or unknown). */
export function roleHome(me: Me | null): string | null {
  if (!me) return null
  if (me.role === null) return routes.bind()
  if (me.role === 'admin') return ADMIN_HOME
  if (me.role === 'reviewer') return REVIEWER_HOME
  return null
}
