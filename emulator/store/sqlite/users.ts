import type Database from 'better-sqlite3'
import type { UserRecord, UserStore } from '../../../cloudfunctions/core/store/users'
import { rowCodec } from './row-codec'
import { all, one, upsertSql } from './sql'

const users = rowCodec<UserRecord>({
  openid: 'plain',
  role: 'plain',
  societyId: 'plain',
  name: 'plain',
  phone: 'plain',
  createdAt: 'plain',
  updatedAt: 'plain',
})

export function sqliteUsers(db: Database.Database): UserStore {
  const get = db.prepare('SELECT * FROM users WHERE openid = ?')
  const put = db.prepare(upsertSql('users', users, 'openid'))
  const list = db.prepare('SELECT * FROM users ORDER BY created_at, openid')
  const listByRole = db.prepare('SELECT * FROM users WHERE role = ? ORDER BY created_at, openid')
  const anyAdmin = db.prepare("SELECT 1 FROM users WHERE role = 'admin' LIMIT 1")
  const promoteFirstAdmin = db.transaction((admin: UserRecord): boolean => {
    if (anyAdmin.get()) return false
    put.run(users.toRow({ ...admin, role: 'admin' }))
    return true
  })
  return {
    getUser: async (openid) => one(users, get.get(openid)),
    putUser: async (user) => {
      put.run(users.toRow(user))
    },
    listUsers: async () => all(users, list.all()),
    listUsersByRole: async (role) => all(users, listByRole.all(role)),
    promoteFirstAdmin: async (admin) => promoteFirstAdmin(admin),
  }
}
