import type { ProgressStatus } from '../../../src/shared'
import type { UserRecord } from '../store/users'

/** Statuses of a society that has not handed its form in (a returned one must hand it in again). */
export const NOT_SUBMITTED: readonly ProgressStatus[] = ['not-started', 'draft', 'returned']

/** The fillers bound to each society, by society id: whom a reminder goes to. */
export const fillersBySociety = (users: readonly UserRecord[]) => {
  const map = new Map<string, UserRecord[]>()
  for (const user of users) {
    if (user.role !== 'filler' || !user.societyId) continue
    map.set(user.societyId, [...(map.get(user.societyId) ?? []), user])
  }
  return map
}
