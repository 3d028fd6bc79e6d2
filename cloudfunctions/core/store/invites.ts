/** A one-time reviewer invitation: only the hash of its code is stored. */
export interface InviteRecord {
  id: string
  codeHash: string
  /** Whom the admin meant it for (shown in the admin's list), may be empty. */
  name: string
  createdBy: string
  createdAt: string
  expiresAt: string
  usedBy: string | null
  usedAt: string | null
}

export interface InviteStore {
  insertInvite(invite: InviteRecord): Promise<void>
  findInviteByHash(codeHash: string): Promise<InviteRecord | null>
  /** Marks the invite used by `openid` only if nobody used it yet; false when it was already used. */
  claimInvite(id: string, openid: string, at: string): Promise<boolean>
  /** Newest first. */
  listInvites(): Promise<InviteRecord[]>
}
