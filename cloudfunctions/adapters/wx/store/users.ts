import type { UserRecord, UserStore } from '../../../core/store/users'
import type { WxCollections } from './collections'
import { keyedBy, readAll, readOne } from './documents'

/** users: _id = openid; plain fields. */
export const userDocs = keyedBy<UserRecord, 'openid'>('openid')

export function wxUsers({ col, findOne, put, oldestFirst, addUnique }: WxCollections): UserStore {
  return {
    getUser: (openid) => findOne(col('users').where({ _id: openid }), userDocs.fromDoc),
    putUser: (user) => put('users', userDocs.toDoc(user)),
    listUsers: async () => (await readAll(oldestFirst('users'))).map(userDocs.fromDoc),
    listUsersByRole: async (role) =>
      (await readAll(col('users').where({ role }).orderBy('createdAt', 'asc').orderBy('_id', 'asc'))).map(userDocs.fromDoc),
    async promoteFirstAdmin(admin) {
      if (await readOne(col('users').where({ role: 'admin' }))) return false
      // The database has no transaction across documents: one fixed _id is the lock, so of two concurrent
      // claims only one add succeeds. A retry by the same user after a lost answer goes on to the user.
      const claim = { _id: 'first-admin', openid: admin.openid, at: admin.updatedAt }
      if (!(await addUnique(col('adminClaims'), claim, (existing) => existing.openid === admin.openid))) return false
      await put('users', userDocs.toDoc({ ...admin, role: 'admin' }))
      return true
    },
  }
}
