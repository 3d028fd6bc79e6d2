import { submissionRowOf } from '../../cloudfunctions/core/list-row'
import Database from 'better-sqlite3'
import {
  MAX_DELIVERY_ATTEMPTS,
  type AuditRecord,
  type NotificationRecord,
  type SocietyRecord,
  type Store,
  type SubmissionRecord,
  type UserRecord,
} from '../../cloudfunctions/core/ports'
import { rowCodec, type Row, type RowCodec } from './row-codec'
import { migrate } from './schema'

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
    getSociety: db.prepare('SELECT * FROM societies WHERE id = ?'),
    findSocietyByCodeHash: db.prepare('SELECT * FROM societies WHERE binding_code_hash = ?'),
    putSociety: db.prepare(upsertSql('societies', societies, 'id')),
    listSocieties: db.prepare('SELECT * FROM societies ORDER BY created_at, id'),
    getSubmission: db.prepare('SELECT * FROM submissions WHERE id = ?'),
    findSubmission: db.prepare('SELECT * FROM submissions WHERE society_id = ? AND year = ?'),
    insertSubmission: db.prepare(`${insertSql('submissions', submissions)} ON CONFLICT DO NOTHING`),
    updateSubmission: db.prepare(`${updateSql('submissions', submissions, 'id')} AND version = @expected_version`),
    listSubmissions: db.prepare('SELECT * FROM submissions WHERE year = ? ORDER BY updated_at DESC, id'),
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
    hit: db.prepare(
      `INSERT INTO rate_hits (key, window_start, count) VALUES (?, ?, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = count + 1 RETURNING count`,
    ),
    forgetOldWindows: db.prepare('DELETE FROM rate_hits WHERE key = ? AND window_start < ?'),
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
  return db
}

/** The Store on an embedded SQLite database: the emulator's and the tests' store. `:memory:` works too. */
export function openSqliteStore(file: string): SqliteStore {
  const db = openDatabase(file)
  const q = prepareStatements(db)
  const one = <T>(codec: RowCodec<T>, row: unknown): T | null => (row ? codec.fromRow(row as Row) : null)
  const all = <T>(codec: RowCodec<T>, rows: unknown[]): T[] => rows.map((row) => codec.fromRow(row as Row))
  const count = (row: unknown) => (row as { n: number }).n
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

    getSociety: async (id) => one(societies, q.getSociety.get(id)),
    findSocietyByCodeHash: async (hash) => one(societies, q.findSocietyByCodeHash.get(hash)),
    putSociety: async (society) => {
      q.putSociety.run(societies.toRow(society))
    },
    listSocieties: async () => all(societies, q.listSocieties.all()),

    getSubmission: async (id) => one(submissions, q.getSubmission.get(id)),
    findSubmission: async (societyId, year) => one(submissions, q.findSubmission.get(societyId, year)),
    insertSubmission: async (submission) => q.insertSubmission.run(submissions.toRow(submission)).changes === 1,
    updateSubmission: async (submission, expectedVersion) =>
      q.updateSubmission.run({ ...submissions.toRow(submission), expected_version: expectedVersion }).changes === 1,
    listSubmissions: async (year) => all(submissions, q.listSubmissions.all(year)),
    pageSubmissions: async (year, afterId, limit) =>
      all(submissions, q.pageSubmissions.all(year, afterId ?? '', limit)),
    // Local and small: the rows are cut from the records (the cloud store reads only the rows).
    listSubmissionRows: async (year) => all(submissions, q.listSubmissions.all(year)).map(submissionRowOf),
    listSocietyNames: async () => all(societies, q.listSocieties.all()).map(({ id, name }) => ({ id, name })),

    insertNotification: async (notification) => {
      q.insertNotification.run(notifications.toRow(notification))
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

    hit: async (key, windowStart, limit) => hit(key, windowStart, limit),
  }
}
