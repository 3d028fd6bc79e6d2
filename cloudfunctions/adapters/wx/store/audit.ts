import type { AuditRecord, AuditStore } from '../../../core/store/audit'
import type { WxCollections } from './collections'
import { keyedBy, readAll, readOne, type Doc } from './documents'

/** The field of a submission document holding the audit entries written with its changes (see updateSubmission). */
export const AUDIT_TRAIL = 'auditTrail'

/** audit: _id = id; before/after as JSON text, since they hold item-keyed maps (see submissions). */
const auditRows = keyedBy<Omit<AuditRecord, 'before' | 'after'> & { before: string; after: string }, 'id'>('id')
export const auditDoc = (e: AuditRecord): Doc =>
  auditRows.toDoc({ ...e, before: JSON.stringify(e.before ?? null), after: JSON.stringify(e.after ?? null) })
const auditFromDoc = (d: Doc): AuditRecord => {
  const row = auditRows.fromDoc(d)
  return { ...row, before: JSON.parse(row.before) as unknown, after: JSON.parse(row.after) as unknown }
}

export function wxAudit({ col }: WxCollections): AuditStore {
  return {
    async appendAudit(entry) {
      await col('audit').add({ data: auditDoc(entry) })
    },
    async listAudit(target) {
      const [logged, submission] = await Promise.all([
        readAll(col('audit').where({ target }).orderBy('at', 'asc').orderBy('_id', 'asc')),
        readOne(col('submissions').where({ id: target }).field({ [AUDIT_TRAIL]: true })),
      ])
      const trail = ((submission?.[AUDIT_TRAIL] as Doc[] | undefined) ?? []).filter((d) => d.target === target)
      return [...logged, ...trail]
        .map(auditFromDoc)
        .sort((a, b) => a.at.localeCompare(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    },
  }
}
