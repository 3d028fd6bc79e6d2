import type { Role } from '../../../src/shared'

export interface UserRecord {
  openid: string
  role: Role | null
  societyId: string | null
  name: string
  phone: string
  createdAt: string
  updatedAt: string
}

export interface UserStore {
  getUser(openid: string): Promise<UserRecord | null>
  putUser(user: UserRecord): Promise<void>
  listUsers(): Promise<UserRecord[]>
  /** The users of one role, oldest first (the reviewers, for the notice of a submit). */
  listUsersByRole(role: Role): Promise<UserRecord[]>
  /**
   * The first admin (account.claimAdmin): stores `admin` (role admin) only while no user is an admin,
   * atomically: of two concurrent calls for different users one wins; false when an admin exists (or another
   * user just became it).
   */
  promoteFirstAdmin(admin: UserRecord): Promise<boolean>
}
