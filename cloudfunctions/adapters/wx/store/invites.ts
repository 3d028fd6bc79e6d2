import type { InviteRecord, InviteStore } from '../../../core/store/invites'
import type { WxCollections } from './collections'
import { keyedBy, readAll } from './documents'

/** invites: _id = id; plain fields. */
const invites = keyedBy<InviteRecord, 'id'>('id')

export function wxInvites({ col, findOne }: WxCollections): InviteStore {
  return {
    async insertInvite(invite) {
      await col('invites').add({ data: invites.toDoc(invite) })
    },
    findInviteByHash: (codeHash) => findOne(col('invites').where({ codeHash }), invites.fromDoc),
    async claimInvite(id, openid, at) {
      // Compare-and-set: only an unused invite is claimed, so two people cannot both use one code.
      const { stats } = await col('invites').where({ _id: id, usedBy: null }).update({ data: { usedBy: openid, usedAt: at } })
      return stats.updated === 1
    },
    listInvites: async () => (await readAll(col('invites').orderBy('createdAt', 'desc').orderBy('_id', 'asc'))).map(invites.fromDoc),
  }
}
