import type Database from 'better-sqlite3'
import type { InviteRecord, InviteStore } from '../../../cloudfunctions/core/store/invites'
import { rowCodec } from './row-codec'
import { all, insertSql, one } from './sql'

const invites = rowCodec<InviteRecord>({
  id: 'plain',
  codeHash: 'plain',
  name: 'plain',
  createdBy: 'plain',
  createdAt: 'plain',
  expiresAt: 'plain',
  usedBy: 'plain',
  usedAt: 'plain',
})

export function sqliteInvites(db: Database.Database): InviteStore {
  const insert = db.prepare(insertSql('invites', invites))
  const findByHash = db.prepare('SELECT * FROM invites WHERE code_hash = ?')
  const claim = db.prepare('UPDATE invites SET used_by = ?, used_at = ? WHERE id = ? AND used_by IS NULL')
  const list = db.prepare('SELECT * FROM invites ORDER BY created_at DESC, id')
  return {
    insertInvite: async (invite) => {
      insert.run(invites.toRow(invite))
    },
    findInviteByHash: async (hash) => one(invites, findByHash.get(hash)),
    claimInvite: async (id, openid, at) => claim.run(openid, at, id).changes === 1,
    listInvites: async () => all(invites, list.all()),
  }
}
