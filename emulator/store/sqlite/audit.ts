import type Database from 'better-sqlite3'
import type { AuditRecord, AuditStore } from '../../../cloudfunctions/core/store/audit'
import { rowCodec } from './row-codec'
import { all, insertSql } from './sql'

const audit = rowCodec<AuditRecord>({
  id: 'plain',
  actor: 'plain',
  action: 'plain',
  target: 'plain',
  before: 'json',
  after: 'json',
  at: 'plain',
})

/** Appends an entry synchronously: the submissions' module writes one inside its update's transaction. */
export function auditAppender(db: Database.Database) {
  const insert = db.prepare(insertSql('audit', audit))
  return (entry: AuditRecord) => {
    insert.run(audit.toRow(entry))
  }
}

export function sqliteAudit(db: Database.Database): AuditStore {
  const append = auditAppender(db)
  const list = db.prepare('SELECT * FROM audit WHERE target = ? ORDER BY seq')
  return {
    appendAudit: async (entry) => append(entry),
    listAudit: async (target) => all(audit, list.all(target)),
  }
}
