import type Database from 'better-sqlite3'
import { withSocietyDefaults, type SocietyRecord, type SocietyStore } from '../../../cloudfunctions/core/store/societies'
import { rowCodec } from './row-codec'
import { all, one, upsertSql } from './sql'

export const societies = rowCodec<SocietyRecord>({
  id: 'plain',
  name: 'plain',
  contact: 'plain',
  bindingCodeHash: 'plain',
  createdAt: 'plain',
  phone: 'plain',
  active: 'bool',
  reviewerOpenid: 'plain',
})

/** Synchronous reads, for other records' modules that read societies in the same step (no await between). */
export function societyReads(db: Database.Database) {
  const get = db.prepare('SELECT * FROM societies WHERE id = ?')
  const list = db.prepare('SELECT * FROM societies ORDER BY created_at, id')
  return {
    byId: (id: string) => one(societies, get.get(id)),
    all: () => all(societies, list.all()),
  }
}

export function sqliteSocieties(db: Database.Database): SocietyStore {
  const reads = societyReads(db)
  const findByCodeHash = db.prepare('SELECT * FROM societies WHERE binding_code_hash = ?')
  const put = db.prepare(upsertSql('societies', societies, 'id'))
  return {
    getSociety: async (id) => reads.byId(id),
    findSocietyByCodeHash: async (hash) => one(societies, findByCodeHash.get(hash)),
    putSociety: async (society) => {
      put.run(societies.toRow(withSocietyDefaults(society)))
    },
    listSocieties: async () => reads.all(),
  }
}
