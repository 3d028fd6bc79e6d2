import type { CollectionReference, Database, Query } from 'wx-server-sdk'
import {
  MAX_DELIVERY_ATTEMPTS,
  withSocietyDefaults,
  type AuditRecord,
  type InviteRecord,
  type ListedSociety,
  type NotificationRecord,
  type ReminderRecord,
  type ScheduledReminderClaim,
  type SocietyRecord,
  type Store,
  type SubmissionRecord,
  type UserRecord,
  type YearRecord,
} from '../../core/ports'
import { listKeyOf, pageOfList } from '../../core/list-order'
import { submissionRowOf, type SubmissionRow } from '../../core/list-row'
import { wxSubscribeCredits } from './wx-subscribe-credits'
import { wxEvidenceReadings } from './wx-evidence-readings'

/** The cloud database collections (create them, their indexes and rules: cloudfunctions/database/). */
export const COLLECTIONS = {
  users: 'users',
  societies: 'societies',
  submissions: 'submissions',
  notifications: 'notifications',
  audit: 'audit',
  rateHits: 'rate_hits',
  reviewSeen: 'review_seen',
  years: 'years',
  reminders: 'reminders',
  invites: 'invites',
  adminClaims: 'admin_claims',
  scheduledReminders: 'scheduled_reminders',
  subscribeCredits: 'subscribe_credits',
  evidenceReadings: 'evidence_readings',
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
const societyRows = keyedBy<SocietyRecord, 'id'>('id')
const societies = {
  toDoc: (s: SocietyRecord) => societyRows.toDoc(withSocietyDefaults(s)),
  fromDoc: (d: Doc) => withSocietyDefaults(societyRows.fromDoc(d)),
}
const invites = keyedBy<InviteRecord, 'id'>('id')
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

/** The field of a submission document holding the audit entries written with its changes (see updateSubmission). */
const AUDIT_TRAIL = 'auditTrail'

const submissionFromDoc = (d: Doc): SubmissionRecord => JSON.parse(d.record as string) as SubmissionRecord

/** years: _id = the year as text; the record as JSON text, since its extensions are keyed by society ids. */
const yearDoc = (y: YearRecord): Doc => ({ _id: String(y.year), year: y.year, record: JSON.stringify(y) })
const yearFromDoc = (d: Doc): YearRecord => JSON.parse(d.record as string) as YearRecord

/** reminders: _id = id; plain fields. */
const reminders = keyedBy<ReminderRecord, 'id'>('id')

/** scheduled_reminders: _id = `<year>_<societyId>_<day>`, so that the key lets one claim of a reminder in. */
const claimKey = (c: Pick<ScheduledReminderClaim, 'year' | 'societyId' | 'day'>) => `${c.year}_${c.societyId}_${c.day}`
const claims = keyedBy<ScheduledReminderClaim & { key: string }, 'key'>('key')

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
  const listedSocieties = async (): Promise<ListedSociety[]> =>
    (await readAll(oldestFirst('societies').field({ name: true, contact: true, reviewerOpenid: true }))).map((d) => ({
      id: d._id as string,
      name: d.name as string,
      contact: d.contact as string,
      reviewerOpenid: (d.reviewerOpenid as string | null | undefined) ?? null,
    }))

  const store: Store = {
    getUser: (openid) => findOne(col('users').where({ _id: openid }), users.fromDoc),
    putUser: (user) => put('users', users.toDoc(user)),
    listUsers: async () => (await readAll(oldestFirst('users'))).map(users.fromDoc),
    listUsersByRole: async (role) =>
      (await readAll(col('users').where({ role }).orderBy('createdAt', 'asc').orderBy('_id', 'asc'))).map(users.fromDoc),

    getSociety: (id) => findOne(col('societies').where({ _id: id }), societies.fromDoc),
    findSocietyByCodeHash: (bindingCodeHash) => findOne(col('societies').where({ bindingCodeHash }), societies.fromDoc),
    putSociety: (society) => put('societies', societies.toDoc(society)),
    listSocieties: async () => (await readAll(oldestFirst('societies'))).map(societies.fromDoc),

    getSubmission: (id) => findOne(col('submissions').where({ id }), submissionFromDoc),
    findSubmission: (societyId, year) =>
      findOne(col('submissions').where({ _id: submissionKey(societyId, year) }), submissionFromDoc),
    async findSubmissionWithContext(societyId, year) {
      // One operation: the submission with its society and its year joined in.
      const { list } = await col('submissions')
        .aggregate()
        .match({ _id: submissionKey(societyId, year) })
        .lookup({ from: COLLECTIONS.societies, localField: 'societyId', foreignField: '_id', as: 'societyDocs' })
        .lookup({ from: COLLECTIONS.years, localField: 'year', foreignField: 'year', as: 'yearDocs' })
        .end()
      const doc = list[0]
      if (!doc) {
        const [society, yearRecord] = await Promise.all([store.getSociety(societyId), store.getYear(year)])
        return { submission: null, society, year: yearRecord }
      }
      const [society] = (doc.societyDocs as Doc[] | undefined) ?? []
      const [yearRecord] = (doc.yearDocs as Doc[] | undefined) ?? []
      return {
        submission: submissionFromDoc(doc),
        society: society ? societies.fromDoc(society) : null,
        year: yearRecord ? yearFromDoc(yearRecord) : null,
      }
    },
    async insertSubmission(submission) {
      return addUnique(col('submissions'), submissionDoc(submission), (existing) => existing.id === submission.id)
    },
    async updateSubmission(submission, expectedVersion, entry) {
      const doc = submissionDoc(submission)
      // An audit entry written with the change rides in the document itself (listAudit reads it there too),
      // so that both are one write.
      const data = entry ? { ...withoutId(doc), [AUDIT_TRAIL]: _.push([auditDoc(entry)]) } : withoutId(doc)
      // Compare-and-set: the condition and the write are one database operation.
      const { stats } = await col('submissions')
        .where({ _id: doc._id, id: submission.id, version: expectedVersion })
        .update({ data })
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
    async listSubmissions(year) {
      const query = col('submissions').where({ year }).orderBy('updatedAt', 'desc').orderBy('_id', 'asc')
      return (await readAll(query)).map(submissionFromDoc)
    },
    async listSubmissionPage(query) {
      // The cloud database has no join: the year's list rows and the societies' listed fields (projections,
      // a few hundred of each) are read, then ordered and paged by the same rules as the SQLite store.
      const [rows, societyList] = await Promise.all([store.listSubmissionRows(query.year), listedSocieties()])
      const rowOf = new Map(rows.map((r) => [r.societyId, r]))
      const entries = societyList.map((society) => ({ society, row: rowOf.get(society.id) ?? null }))
      const page = pageOfList(
        entries.map((e) => ({ ...e, ...listKeyOf(e.society, e.row) })),
        query,
      )
      return {
        total: page.total,
        counts: page.counts,
        narrowed: page.narrowed,
        rows: page.rows.map((e) => ({ society: e.society, submission: e.row })),
      }
    },
    async markSeen(viewer, submissionId, at) {
      await put('reviewSeen', { _id: `${viewer}_${submissionId}`, viewer, submissionId, seenAt: at })
    },
    async listSeen(viewer, submissionIds) {
      const seen: Record<string, string> = {}
      for (let i = 0; i < submissionIds.length; i += PAGE) {
        const ids = submissionIds.slice(i, i + PAGE)
        const { data } = await col('reviewSeen').where({ viewer, submissionId: _.in(ids) }).limit(PAGE).get()
        for (const doc of data) seen[doc.submissionId as string] = doc.seenAt as string
      }
      return seen
    },
    async pageSubmissions(year, afterId, limit) {
      const where = afterId === null ? { year } : { year, id: _.gt(afterId) }
      const { data } = await col('submissions').where(where).orderBy('id', 'asc').limit(limit).get()
      return data.map(submissionFromDoc)
    },

    async insertNotification(notification) {
      await col('notifications').add({ data: notifications.toDoc(notification) })
    },
    async insertNotifications(rows) {
      // The server SDK adds one document a call; a handful of reviewers makes this a handful of calls.
      await Promise.all(rows.map((n) => col('notifications').add({ data: notifications.toDoc(n) })))
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
      const [logged, submission] = await Promise.all([
        readAll(col('audit').where({ target }).orderBy('at', 'asc').orderBy('_id', 'asc')),
        readOne(col('submissions').where({ id: target }).field({ [AUDIT_TRAIL]: true })),
      ])
      const trail = ((submission?.[AUDIT_TRAIL] as Doc[] | undefined) ?? []).filter((d) => d.target === target)
      return [...logged, ...trail]
        .map(auditFromDoc)
        .sort((a, b) => a.at.localeCompare(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    },

    getYear: (year) => findOne(col('years').where({ _id: String(year) }), yearFromDoc),
    insertYear: (record) => addUnique(col('years'), yearDoc(record), (existing) => existing.record === yearDoc(record).record),
    putYear: (record) => put('years', yearDoc(record)),
    listYears: async () => (await readAll(col('years').orderBy('year', 'asc'))).map(yearFromDoc),
    async insertReminder(reminder) {
      await col('reminders').add({ data: reminders.toDoc(reminder) })
    },
    async listReminders(year) {
      return (await readAll(col('reminders').where({ year }).orderBy('at', 'asc').orderBy('_id', 'asc'))).map(reminders.fromDoc)
    },
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

    async promoteFirstAdmin(admin) {
      if (await readOne(col('users').where({ role: 'admin' }))) return false
      // The database has no transaction across documents: one fixed _id is the lock, so of two concurrent
      // claims only one add succeeds. A retry by the same user after a lost answer goes on to the user.
      const claim = { _id: 'first-admin', openid: admin.openid, at: admin.updatedAt }
      if (!(await addUnique(col('adminClaims'), claim, (existing) => existing.openid === admin.openid))) return false
      await put('users', users.toDoc({ ...admin, role: 'admin' }))
      return true
    },
    claimScheduledReminder: (claim) =>
      // Another run's claim of the same reminder is not ours, even at the same moment: runIds differ.
      addUnique(col('scheduledReminders'), claims.toDoc({ ...claim, key: claimKey(claim) }), (existing) => existing.runId === claim.runId),
    async listScheduledReminders(year) {
      const docs = await readAll(col('scheduledReminders').where({ year }).orderBy('day', 'asc').orderBy('societyId', 'asc'))
      return docs.map((doc) => {
        const { key: _key, ...claim } = claims.fromDoc(doc)
        return claim
      })
    },
    ...wxSubscribeCredits(db, col('subscribeCredits')),
    ...wxEvidenceReadings(db, col('evidenceReadings')),
  }
  return store
}
