import type { UserRecord } from './ports'

/** `openid` as an admin: keeps the name, phone and first-seen time of the user it was, drops any society. */
export const adminRecordOf = (openid: string, user: UserRecord | null, now: string): UserRecord => ({
  openid,
  role: 'admin',
  societyId: null,
  name: user?.name ?? '',
  phone: user?.phone ?? '',
  createdAt: user?.createdAt ?? now,
  updatedAt: now,
})
