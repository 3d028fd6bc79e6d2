import { submissionRowOf } from '../../cloudfunctions/core/list-row'
import Database from 'better-sqlite3'
import {
  MAX_DELIVERY_ATTEMPTS,
  withSocietyDefaults,
  type AuditRecord,
  type InviteRecord,
  type NotificationRecord,
  type ReminderRecord,
  type SocietyRecord,
  type Store,
  type SubmissionRecord,
  type UserRecord,
  type YearRecord,
} from '../../cloudfunctions/core/ports'
import { pageOfList, type ListKey } from '../../cloudfunctions/core/list-order'
import { rowCodec, type Row, type RowCodec } from './row-codec'
import { migrate } from './schema'
import { scheduledReminderStore } from './scheduled-reminders'
import { sqliteSubscribeCredits } from './subscribe-credits'
import { sqliteEvidenceReadings } from './evidence-readings'

interface KeyRow {
  society_id: string
  society_name: string
  submission_id: string | null
  status: SubmissionRecord['status'] | null
  updated_at: string | null
  rank_total: number | null
  reviewer_openid: string | null
}

const keyOfRow = (r: KeyRow): ListKey & { submissionId: string | null } => ({
  societyId: r.society_id,
  societyName: r.society_name,
  submissionId: r.submission_id,
  status: r.status ?? 'not-started',
  rankTotal: r.submission_id ? (r.rank_total ?? 0) : null,
  updatedAt: r.updated_at,
  reviewerOpenid: r.reviewer_openid,
})

export interface SqliteStore extends Store {
  readonly db: Database.Database
  close(): void
}

const users = rowCodec<UserRecord>({
  openid: 'plain',
  role: 'plain',
  societyId: 'plain',
  name: 'plain',
  phone: 'plain',
  createdAt: 'plain',
  updatedAt: 'plain',
})

const societies = rowCodec<SocietyRecord>({
  id: 'plain',
  name: 'plain',
  contact: 'plain',
  bindingCodeHash: 'plain',
  createdAt: 'plain',
  phone: 'plain',
  active: 'bool',
  reviewerOpenid: 'plain',
})

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

const submissions = rowCodec<SubmissionRecord>({
  id: 'plain',
  societyId: 'plain',
  year: 'plain',
  status: 'plain',
  version: 'plain',
  answers: 'json',
  itemVersions: 'json',
  evidence: 'json',
  selfScore: 'json',
  returnReasons: 'json',
  review: 'json',
  submittedAt: 'plain',
  updatedAt: 'plain',
  history: 'json',
  lastSavedBy: 'plain',
  finalTotal: 'plain',
  returned: 'json',
  evidenceFiles: 'json',
  writeWindow: 'json',
  recheck: 'json',
})

const notifications = rowCodec<NotificationRecord>({
  id: 'plain',
  recipient: 'plain',
  kind: 'plain',
  title: 'plain',
  body: 'plain',
  page: 'plain',
  read: 'bool',
  createdAt: 'plain',
  delivery: 'plain',
  deliveryError: 'plain',
  attempts: 'plain',
})

const audit = rowCodec<AuditRecord>({
  id: 'plain',
  actor: 'plain',
  action: 'plain',
  target: 'plain',
  before: 'json',
  after: 'json',
  at: 'plain',
})

const yearColumns = rowCodec<YearRecord>({
  year: 'plain',
  status: 'plain',
  rubricFrom: 'plain',
  deadline: 'plain',
  extensions: 'json',
  gradeBands: 'json',
  openedAt: 'plain',
  closedAt: 'plain',
  updatedAt: 'plain',
  reminderDaysBefore: 'json',
  publication: 'json',
})
/** A year stored before 自动提醒 existed reads back as it was written: without a schedule. */
const years: RowCodec<YearRecord> = {
  ...yearColumns,
  fromRow: (row) => {
    const { reminderDaysBefore, ...record } = yearColumns.fromRow(row)
    return reminderDaysBefore ? { ...record, reminderDaysBefore } : record
  },
}

const reminders = rowCodec<ReminderRecord>({
  id: 'plain',
  year: 'plain',
  societyId: 'plain',
  by: 'plain',
  at: 'plain',
  deliveries: 'json',
})

const insertSql = (table: string, { columns }: RowCodec<unknown>) =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`

const setSql = (codec: RowCodec<unknown>, key: string, from: (column: string) => string) =>
  codec.columns
    .filter((c) => c !== key)
    .map((c) => `${c} = ${from(c)}`)
    .join(', ')

const upsertSql = (table: string, codec: RowCodec<unknown>, key: string) =>
  `${insertSql(table, codec)} ON CONFLICT (${key}) DO UPDATE SET ${setSql(codec, key, (c) => `excluded.${c}`)}`

const updateSql = (table: string, codec: RowCodec<unknown>, key: string) =>
  `UPDATE ${table} SET ${setSql(codec, key, (c) => `@${c}`)} WHERE ${key} = @${key}`

function prepareStatements(db: Database.Database) {
  return {
    getUser: db.prepare('SELECT * FROM users WHERE openid = ?'),
    putUser: db.prepare(upsertSql('users', users, 'openid')),
    listUsers: db.prepare('SELECT * FROM users ORDER BY created_at, openid'),
    listUsersByRole: db.prepare('SELECT * FROM users WHERE role = ? ORDER BY created_at, openid'),
    anyAdmin: db.prepare("SELECT 1 FROM users WHERE role = 'admin' LIMIT 1"),
    getSociety: db.prepare('SELECT * FROM societies WHERE id = ?'),
    findSocietyByCodeHash: db.prepare('SELECT * FROM societies WHERE binding_code_hash = ?'),
    putSociety: db.prepare(upsertSql('societies', societies, 'id')),
    listSocieties: db.prepare('SELECT * FROM societies ORDER BY created_at, id'),
    getSubmission: db.prepare('SELECT * FROM submissions WHERE id = ?'),
    findSubmission: db.prepare('SELECT * FROM submissions WHERE society_id = ? AND year = ?'),
    insertSubmission: db.prepare(`${insertSql('submissions', submissions)} ON CONFLICT DO NOTHING`),
    updateSubmission: db.prepare(`${updateSql('submissions', submissions, 'id')} AND version = @expected_version`),
    listSubmissions: db.prepare('SELECT * FROM submissions WHERE year = ? ORDER BY updated_at DESC, id'),
    listKeys: db.prepare(
      `SELECT so.id AS society_id, so.name AS society_name, so.reviewer_openid, su.id AS submission_id, su.status, su.updated_at,
              COALESCE(su.final_total, json_extract(su.self_score, '$.total')) AS rank_total
       FROM societies so LEFT JOIN submissions su ON su.society_id = so.id AND su.year = ?`,
    ),
    submissionsByIds: db.prepare('SELECT * FROM submissions WHERE id IN (SELECT value FROM json_each(?))'),
    markSeen: db.prepare(
      `INSERT INTO review_seen (viewer, submission_id, seen_at) VALUES (?, ?, ?)
       ON CONFLICT (viewer, submission_id) DO UPDATE SET seen_at = excluded.seen_at`,
    ),
    listSeen: db.prepare(
      'SELECT submission_id, seen_at FROM review_seen WHERE viewer = ? AND submission_id IN (SELECT value FROM json_each(?))',
    ),
    pageSubmissions: db.prepare('SELECT * FROM submissions WHERE year = ? AND id > ? ORDER BY id LIMIT ?'),
    insertNotification: db.prepare(insertSql('notifications', notifications)),
    updateNotification: db.prepare(updateSql('notifications', notifications, 'id')),
    countNotifications: db.prepare('SELECT count(*) AS n FROM notifications WHERE recipient = ?'),
    listNotifications: db.prepare(
      'SELECT * FROM notifications WHERE recipient = ? ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?',
    ),
    listUndelivered: db.prepare(
      `SELECT * FROM notifications
       WHERE attempts < ? AND (delivery = 'failed' OR (delivery = 'pending' AND created_at < ?))
       ORDER BY seq LIMIT ?`,
    ),
    markAllRead: db.prepare('UPDATE notifications SET read = 1 WHERE recipient = ? AND read = 0'),
    markSomeRead: db.prepare(
      'UPDATE notifications SET read = 1 WHERE recipient = ? AND id IN (SELECT value FROM json_each(?))',
    ),
    countUnread: db.prepare('SELECT count(*) AS n FROM notifications WHERE recipient = ? AND read = 0'),
    appendAudit: db.prepare(insertSql('audit', audit)),
    listAudit: db.prepare('SELECT * FROM audit WHERE target = ? ORDER BY seq'),
    insertInvite: db.prepare(insertSql('invites', invites)),
    findInviteByHash: db.prepare('SELECT * FROM invites WHERE code_hash = ?'),
    claimInvite: db.prepare('UPDATE invites SET used_by = ?, used_at = ? WHERE id = ? AND used_by IS NULL'),
    listInvites: db.prepare('SELECT * FROM invites ORDER BY created_at DESC, id'),
    hit: db.prepare(
      `INSERT INTO rate.rate_hits (key, window_start, count) VALUES (?, ?, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = count + 1 RETURNING count`,
    ),
    forgetOldWindows: db.prepare('DELETE FROM rate.rate_hits WHERE key = ? AND window_start < ?'),
    getYear: db.prepare('SELECT * FROM years WHERE year = ?'),
    insertYear: db.prepare(`${insertSql('years', years)} ON CONFLICT DO NOTHING`),
    putYear: db.prepare(upsertSql('years', years, 'year')),
    listYears: db.prepare('SELECT * FROM years ORDER BY year'),
    insertReminder: db.prepare(insertSql('reminders', reminders)),
    listReminders: db.prepare('SELECT * FROM reminders WHERE year = ? ORDER BY seq'),
  }
}

function openDatabase(file: string): Database.Database {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  // FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on a power cut or OS crash, and a
  // submission the user saw acknowledged must survive that. The cost (an fsync per commit) is small here.
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db)
  attachRateCounters(db, file)
  return db
}

/**
 * The rate limiter's counters live in a database of their own beside the main one, written without fsync:
 * better-sqlite3 is synchronous, so an fsync per counted request (every write and every upload) held the
 * whole emulator still for milliseconds each — the main cause of slow uploads under concurrent users
 * (bench/upload-latency.ts). A counter lost in a power cut only forgives a minute's hits.
 */
function attachRateCounters(db: Database.Database, file: string): void {
  db.prepare('ATTACH DATABASE ? AS rate').run(file === ':memory:' ? ':memory:' : `${file}-rate`)
  db.pragma('rate.journal_mode = WAL')
  db.pragma('rate.synchronous = OFF')
  db.exec(`CREATE TABLE IF NOT EXISTS rate.rate_hits (
    key TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (key, window_start)
  )`)
}

/** The Store on an embedded SQLite database: the emulator's and the tests' store. `:memory:` works too. */
export function openSqliteStore(file: string): SqliteStore {
  const db = openDatabase(file)
  const q = prepareStatements(db)
  const one = <T>(codec: RowCodec<T>, row: unknown): T | null => (row ? codec.fromRow(row as Row) : null)
  const all = <T>(codec: RowCodec<T>, rows: unknown[]): T[] => rows.map((row) => codec.fromRow(row as Row))
  const count = (row: unknown) => (row as { n: number }).n
  const insertNotifications = db.transaction((rows: readonly NotificationRecord[]) => {
    for (const row of rows) q.insertNotification.run(notifications.toRow(row))
  })
  const updateSubmission = db.transaction((submission: SubmissionRecord, expectedVersion: number, entry?: AuditRecord) => {
    const written = q.updateSubmission.run({ ...submissions.toRow(submission), expected_version: expectedVersion }).changes === 1
    if (written && entry) q.appendAudit.run(audit.toRow(entry))
    return written
  })
  const promoteFirstAdmin = db.transaction((admin: UserRecord): boolean => {
    if (q.anyAdmin.get()) return false
    q.putUser.run(users.toRow({ ...admin, role: 'admin' }))
    return true
  })
  const hit = db.transaction((key: string, windowStart: number, limit: number): boolean => {
    q.forgetOldWindows.run(key, windowStart)
    return (q.hit.get(key, windowStart) as { count: number }).count <= limit
  })

  return {
    db,
    close: () => db.close(),

    getUser: async (openid) => one(users, q.getUser.get(openid)),
    putUser: async (user) => {
      q.putUser.run(users.toRow(user))
    },
    listUsers: async () => all(users, q.listUsers.all()),
    listUsersByRole: async (role) => all(users, q.listUsersByRole.all(role)),

    getSociety: async (id) => one(societies, q.getSociety.get(id)),
    findSocietyByCodeHash: async (hash) => one(societies, q.findSocietyByCodeHash.get(hash)),
    putSociety: async (society) => {
      q.putSociety.run(societies.toRow(withSocietyDefaults(society)))
    },
    listSocieties: async () => all(societies, q.listSocieties.all()),

    getSubmission: async (id) => one(submissions, q.getSubmission.get(id)),
    findSubmission: async (societyId, year) => one(submissions, q.findSubmission.get(societyId, year)),
    insertSubmission: async (submission) => q.insertSubmission.run(submissions.toRow(submission)).changes === 1,
    findSubmissionWithContext: async (societyId, year) => ({
      submission: one(submissions, q.findSubmission.get(societyId, year)),
      society: one(societies, q.getSociety.get(societyId)),
      year: one(years, q.getYear.get(year)),
    }),
    updateSubmission: async (submission, expectedVersion, entry) => updateSubmission(submission, expectedVersion, entry),
    listSubmissions: async (year) => all(submissions, q.listSubmissions.all(year)),
    listSubmissionPage: async (query) => {
      const keys = (q.listKeys.all(query.year) as KeyRow[]).map(keyOfRow)
      const page = pageOfList(keys, query)
      const ids = page.rows.flatMap((k) => (k.submissionId ? [k.submissionId] : []))
      const rowById = new Map(all(submissions, q.submissionsByIds.all(JSON.stringify(ids))).map((s) => [s.id, submissionRowOf(s)]))
      const societiesById = new Map(all(societies, q.listSocieties.all()).map((s) => [s.id, s]))
      return {
        total: page.total,
        counts: page.counts,
        narrowed: page.narrowed,
        rows: page.rows.map((k) => ({
          society: societiesById.get(k.societyId) as SocietyRecord,
          submission: k.submissionId ? (rowById.get(k.submissionId) ?? null) : null,
        })),
      }
    },
    markSeen: async (viewer, submissionId, at) => {
      q.markSeen.run(viewer, submissionId, at)
    },
    listSeen: async (viewer, ids) =>
      Object.fromEntries(
        (q.listSeen.all(viewer, JSON.stringify(ids)) as { submission_id: string; seen_at: string }[]).map((r) => [
          r.submission_id,
          r.seen_at,
        ]),
      ),
    pageSubmissions: async (year, afterId, limit) =>
      all(submissions, q.pageSubmissions.all(year, afterId ?? '', limit)),
    // Local and small: the rows are cut from the records (the cloud store reads only the rows).
    listSubmissionRows: async (year) => all(submissions, q.listSubmissions.all(year)).map(submissionRowOf),

    insertNotification: async (notification) => {
      q.insertNotification.run(notifications.toRow(notification))
    },
    insertNotifications: async (rows) => {
      insertNotifications(rows)
    },
    updateNotification: async (notification) => {
      q.updateNotification.run(notifications.toRow(notification))
    },
    listNotifications: async (recipient, offset, limit) => ({
      total: count(q.countNotifications.get(recipient)),
      rows: all(notifications, q.listNotifications.all(recipient, limit, offset)),
    }),
    listUndelivered: async (limit, stalePendingBefore) =>
      all(notifications, q.listUndelivered.all(MAX_DELIVERY_ATTEMPTS, stalePendingBefore, limit)),
    markRead: async (recipient, ids) => {
      if (ids === 'all') q.markAllRead.run(recipient)
      else q.markSomeRead.run(recipient, JSON.stringify(ids))
    },
    countUnread: async (recipient) => count(q.countUnread.get(recipient)),

    appendAudit: async (entry) => {
      q.appendAudit.run(audit.toRow(entry))
    },
    listAudit: async (target) => all(audit, q.listAudit.all(target)),

    insertInvite: async (invite) => {
      q.insertInvite.run(invites.toRow(invite))
    },
    findInviteByHash: async (hash) => one(invites, q.findInviteByHash.get(hash)),
    claimInvite: async (id, openid, at) => q.claimInvite.run(openid, at, id).changes === 1,
    listInvites: async () => all(invites, q.listInvites.all()),

    hit: async (key, windowStart, limit) => hit(key, windowStart, limit),

    getYear: async (year) => one(years, q.getYear.get(year)),
    insertYear: async (record) => q.insertYear.run(years.toRow(record)).changes === 1,
    putYear: async (record) => {
      q.putYear.run(years.toRow(record))
    },
    listYears: async () => all(years, q.listYears.all()),
    insertReminder: async (reminder) => {
      q.insertReminder.run(reminders.toRow(reminder))
    },
    listReminders: async (year) => all(reminders, q.listReminders.all(year)),

    promoteFirstAdmin: async (admin) => promoteFirstAdmin(admin),
    ...scheduledReminderStore(db),
    ...sqliteSubscribeCredits(db),
    ...sqliteEvidenceReadings(db),
  }
}
