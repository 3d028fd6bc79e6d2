import type { CollectionReference, Database, Query } from 'wx-server-sdk'
import {
  MAX_DELIVERY_ATTEMPTS,
  type AuditRecord,
  type NotificationRecord,
  type SocietyRecord,
  type Store,
  type SubmissionRecord,
  type UserRecord,
} from '../../core/ports'
import { submissionRowOf, type SubmissionRow } from '../../core/list-row'

/** The cloud database collections (create them, their indexes and rules: cloudfunctions/database/). */
export const COLLECTIONS = {
  users: 'users',
  societies: 'societies',
  submissions: 'submissions',
  notifications: 'notifications',
  audit: 'audit',
  rateHits: 'rate_hits',
} as const

type Doc = Record<string, unknown>

/** Rows per read: the server SDK returns at most 1000 a call; 100 keeps each answer small. */
const PAGE = 100

/** Every document of a query, page by page (the query must be ordered for stable pages). */
async function readAll(query: Query): Promise<Doc[]> {
  const rows: Doc[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.skip(skip).limit(PAGE).get()
    rows.push(...data)
    if (data.length < PAGE) return rows
  }
}

async function readOne(query: Query): Promise<Doc | null> {
  const { data } = await query.limit(1).get()
  return data[0] ?? null
}

/** Drops `_id` (it cannot be written by set/update) and keeps the rest. */
function withoutId(doc: Doc): Doc {
  const { _id: _ignored, ...rest } = doc
  return rest
}

/** A record stored as it is, its own key field renamed to `_id`. */
function keyedBy<R extends object, K extends keyof R & string>(key: K) {
  return {
    toDoc: (record: R): Doc => {
      const { [key]: id, ...rest } = record
      return { ...rest, _id: id }
    },
    fromDoc: (doc: Doc): R => {
      const { _id: id, ...rest } = doc
      return { ...rest, [key]: id } as R
    },
  }
}

/** users: _id = openid; societies and notifications: _id = id. Their fields are plain values. */
const users = keyedBy<UserRecord, 'openid'>('openid')
const societies = keyedBy<SocietyRecord, 'id'>('id')
const notifications = keyedBy<NotificationRecord, 'id'>('id')

/** audit: _id = id; before/after as JSON text, since they hold item-keyed maps (see submissions). */
const auditRows = keyedBy<Omit<AuditRecord, 'before' | 'after'> & { before: string; after: string }, 'id'>('id')
const auditDoc = (e: AuditRecord): Doc =>
  auditRows.toDoc({ ...e, before: JSON.stringify(e.before ?? null), after: JSON.stringify(e.after ?? null) })
const auditFromDoc = (d: Doc): AuditRecord => {
  const row = auditRows.fromDoc(d)
  return { ...row, before: JSON.parse(row.before) as unknown, after: JSON.parse(row.after) as unknown }
}

/**
 * submissions: _id = `${societyId}_${year}`, so that the primary key enforces "one submission per society
 * and year". The record travels as JSON text beside the fields queries use, because its maps are keyed by
 * item ids such as `B1.1` and the cloud database reads a dot in a key as a path.
 */
export const submissionKey = (societyId: string, year: number) => `${societyId}_${year}`

const submissionDoc = (s: SubmissionRecord): Doc => ({
  _id: submissionKey(s.societyId, s.year),
  id: s.id,
  societyId: s.societyId,
  year: s.year,
  status: s.status,
  version: s.version,
  submittedAt: s.submittedAt,
  updatedAt: s.updatedAt,
  // The reviewer's list reads only this (a projection), never the records.
  row: submissionRowOf(s),
  record: JSON.stringify(s),
})

const submissionFromDoc = (d: Doc): SubmissionRecord => JSON.parse(d.record as string) as SubmissionRecord

/** The Store over the WeChat cloud database. Thin: records in, records out; rules live in the handlers. */
export function createWxStore(db: Database): Store {
  const _ = db.command
  const col = (name: keyof typeof COLLECTIONS): CollectionReference => db.collection(COLLECTIONS[name])

  /** `add` with a chosen _id fails when that _id exists; tells whether it is now ours or was taken. */
  async function addUnique(collection: CollectionReference, doc: Doc, isOurs: (existing: Doc) => boolean) {
    try {
      await collection.add({ data: doc })
      return true
    } catch (error) {
      // Any failure: look before concluding. Taken by another record → false; a lost answer to our own
      // add → true; no document at all → a real failure.
      const existing = await readOne(collection.where({ _id: doc._id }))
      if (existing) return isOurs(existing)
      throw error
    }
  }

  async function findOne<R>(query: Query, fromDoc: (doc: Doc) => R): Promise<R | null> {
    const doc = await readOne(query)
    return doc ? fromDoc(doc) : null
  }
  async function put(name: keyof typeof COLLECTIONS, doc: Doc): Promise<void> {
    await col(name).doc(doc._id as string).set({ data: withoutId(doc) })
  }
  const oldestFirst = (name: keyof typeof COLLECTIONS) => col(name).orderBy('createdAt', 'asc').orderBy('_id', 'asc')

  return {
    getUser: (openid) => findOne(col('users').where({ _id: openid }), users.fromDoc),
    putUser: (user) => put('users', users.toDoc(user)),
    listUsers: async () => (await readAll(oldestFirst('users'))).map(users.fromDoc),

    getSociety: (id) => findOne(col('societies').where({ _id: id }), societies.fromDoc),
    findSocietyByCodeHash: (bindingCodeHash) => findOne(col('societies').where({ bindingCodeHash }), societies.fromDoc),
    putSociety: (society) => put('societies', societies.toDoc(society)),
    listSocieties: async () => (await readAll(oldestFirst('societies'))).map(societies.fromDoc),

    getSubmission: (id) => findOne(col('submissions').where({ id }), submissionFromDoc),
    findSubmission: (societyId, year) =>
      findOne(col('submissions').where({ _id: submissionKey(societyId, year) }), submissionFromDoc),
    async insertSubmission(submission) {
      return addUnique(col('submissions'), submissionDoc(submission), (existing) => existing.id === submission.id)
    },
    async updateSubmission(submission, expectedVersion) {
      const doc = submissionDoc(submission)
      // Compare-and-set: the condition and the write are one database operation.
      const { stats } = await col('submissions')
        .where({ _id: doc._id, id: submission.id, version: expectedVersion })
        .update({ data: withoutId(doc) })
      return stats.updated === 1
    },
    async listSubmissionRows(year) {
      const query = col('submissions').where({ year }).orderBy('updatedAt', 'desc').orderBy('_id', 'asc')
      const docs = await readAll(query.field({ row: true }))
      // Documents written before rows were kept: read those whole, once.
      const old = docs.filter((d) => !d.row).map((d) => d._id as string)
      const records = old.length ? await readAll(col('submissions').where({ _id: _.in(old) }).orderBy('_id', 'asc')) : []
      const rowOf = new Map(records.map((d) => [d._id as string, submissionRowOf(submissionFromDoc(d))]))
      return docs.map((d) => (d.row as SubmissionRow | undefined) ?? rowOf.get(d._id as string)!)
    },
    async listSocietyNames() {
      const docs = await readAll(oldestFirst('societies').field({ name: true }))
      return docs.map((d) => ({ id: d._id as string, name: d.name as string }))
    },
    async listSubmissions(year) {
      const query = col('submissions').where({ year }).orderBy('updatedAt', 'desc').orderBy('_id', 'asc')
      return (await readAll(query)).map(submissionFromDoc)
    },
    async pageSubmissions(year, afterId, limit) {
      const where = afterId === null ? { year } : { year, id: _.gt(afterId) }
      const { data } = await col('submissions').where(where).orderBy('id', 'asc').limit(limit).get()
      return data.map(submissionFromDoc)
    },

    async insertNotification(notification) {
      await col('notifications').add({ data: notifications.toDoc(notification) })
    },
    updateNotification: (notification) => put('notifications', notifications.toDoc(notification)),
    async listNotifications(recipient, offset, limit) {
      const mine = col('notifications').where({ recipient })
      const [page, count] = await Promise.all([
        limit > 0
          ? mine.orderBy('createdAt', 'desc').orderBy('_id', 'desc').skip(offset).limit(limit).get()
          : Promise.resolve({ data: [] as Doc[] }),
        mine.count(),
      ])
      return { total: count.total, rows: page.data.map(notifications.fromDoc) }
    },
    async listUndelivered(limit, stalePendingBefore) {
      if (limit <= 0) return []
      const oldest = (where: Doc) =>
        col('notifications').where(where).orderBy('createdAt', 'asc').limit(limit).get()
      const attemptsLeft = _.lt(MAX_DELIVERY_ATTEMPTS)
      const [failed, stale] = await Promise.all([
        oldest({ delivery: 'failed', attempts: attemptsLeft }),
        oldest({ delivery: 'pending', attempts: attemptsLeft, createdAt: _.lt(stalePendingBefore) }),
      ])
      return [...failed.data, ...stale.data]
        .map(notifications.fromDoc)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .slice(0, limit)
    },
    async markRead(recipient, ids) {
      if (ids !== 'all' && ids.length === 0) return
      const which = ids === 'all' ? { recipient, read: false } : { recipient, read: false, _id: _.in([...ids]) }
      await col('notifications').where(which).update({ data: { read: true } })
    },
    async countUnread(recipient) {
      return (await col('notifications').where({ recipient, read: false }).count()).total
    },

    async appendAudit(entry) {
      await col('audit').add({ data: auditDoc(entry) })
    },
    async listAudit(target) {
      return (await readAll(col('audit').where({ target }).orderBy('at', 'asc').orderBy('_id', 'asc'))).map(auditFromDoc)
    },

    async hit(key, windowStart, limit) {
      const id = `${key}@${windowStart}`
      // The condition and the increment are one operation: counted only while under the limit.
      const bump = async () =>
        (await col('rateHits').where({ _id: id, count: _.lt(limit) }).update({ data: { count: _.inc(1) } })).stats.updated === 1
      if (await bump()) return true
      if (await readOne(col('rateHits').where({ _id: id }))) return false // the window is full
      // First hit of the window: create it (or, if another instance just did, count on it), then forget this
      // key's older windows so that the collection stays small.
      if (limit < 1) return false
      const created = await addUnique(col('rateHits'), { _id: id, key, windowStart, count: 1 }, () => false)
      await col('rateHits').where({ key, windowStart: _.lt(windowStart) }).remove()
      return created || bump()
    },
  }
}
