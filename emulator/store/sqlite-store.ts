import Database from 'better-sqlite3'
import type {
  AuditRecord,
  NotificationRecord,
  SocietyRecord,
  Store,
  SubmissionRecord,
  UserRecord,
} from '../../cloudfunctions/core/ports'
import { migrate } from './schema'

export interface SqliteStore extends Store {
  readonly db: Database.Database
  close(): void
}

type Row = Record<string, unknown>

const toJson = (value: unknown): string => JSON.stringify(value ?? null)
const fromJson = <T>(text: unknown): T => (text === null || text === undefined ? null : JSON.parse(String(text))) as T

const userFromRow = (r: Row): UserRecord => ({
  openid: r.openid as string,
  role: (r.role as UserRecord['role']) ?? null,
  societyId: (r.society_id as string | null) ?? null,
  name: r.name as string,
  phone: r.phone as string,
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
})

const societyFromRow = (r: Row): SocietyRecord => ({
  id: r.id as string,
  name: r.name as string,
  contact: r.contact as string,
  bindingCodeHash: r.binding_code_hash as string,
  createdAt: r.created_at as string,
})

const submissionFromRow = (r: Row): SubmissionRecord => ({
  id: r.id as string,
  societyId: r.society_id as string,
  year: r.year as number,
  status: r.status as SubmissionRecord['status'],
  version: r.version as number,
  answers: fromJson(r.answers),
  itemVersions: fromJson(r.item_versions),
  evidence: fromJson(r.evidence),
  selfScore: fromJson(r.self_score),
  returnReasons: fromJson(r.return_reasons),
  review: fromJson(r.review),
  submittedAt: (r.submitted_at as string | null) ?? null,
  updatedAt: r.updated_at as string,
  history: fromJson(r.history),
  lastSavedBy: (r.last_saved_by as string | null) ?? null,
})

const submissionParams = (s: SubmissionRecord) => ({
  id: s.id,
  society_id: s.societyId,
  year: s.year,
  status: s.status,
  version: s.version,
  answers: toJson(s.answers),
  item_versions: toJson(s.itemVersions),
  evidence: toJson(s.evidence),
  self_score: toJson(s.selfScore),
  return_reasons: s.returnReasons === null ? null : toJson(s.returnReasons),
  review: s.review === null ? null : toJson(s.review),
  submitted_at: s.submittedAt,
  updated_at: s.updatedAt,
  history: toJson(s.history),
  last_saved_by: s.lastSavedBy ?? null,
})

const notificationFromRow = (r: Row): NotificationRecord => ({
  id: r.id as string,
  recipient: r.recipient as string,
  kind: r.kind as NotificationRecord['kind'],
  title: r.title as string,
  body: r.body as string,
  page: r.page as string,
  read: r.read === 1,
  createdAt: r.created_at as string,
  delivery: r.delivery as NotificationRecord['delivery'],
  deliveryError: (r.delivery_error as string | null) ?? null,
  attempts: r.attempts as number,
})

const notificationParams = (n: NotificationRecord) => ({
  id: n.id,
  recipient: n.recipient,
  kind: n.kind,
  title: n.title,
  body: n.body,
  page: n.page,
  read: n.read ? 1 : 0,
  created_at: n.createdAt,
  delivery: n.delivery,
  delivery_error: n.deliveryError,
  attempts: n.attempts,
})

const auditFromRow = (r: Row): AuditRecord => ({
  id: r.id as string,
  actor: r.actor as string,
  action: r.action as string,
  target: r.target as string,
  before: fromJson(r.before),
  after: fromJson(r.after),
  at: r.at as string,
})

const SUBMISSION_COLUMNS = Object.keys(submissionParams({} as SubmissionRecord))
const NOTIFICATION_COLUMNS = Object.keys(notificationParams({} as NotificationRecord))
const list = (columns: readonly string[]) => columns.join(', ')
const params = (columns: readonly string[]) => columns.map((c) => `@${c}`).join(', ')
const assignments = (columns: readonly string[]) => columns.map((c) => `${c} = @${c}`).join(', ')

function prepareStatements(db: Database.Database) {
  const updatableSubmission = SUBMISSION_COLUMNS.filter((c) => c !== 'id')
  const updatableNotification = NOTIFICATION_COLUMNS.filter((c) => c !== 'id')
  return {
    getUser: db.prepare('SELECT * FROM users WHERE openid = ?'),
    putUser: db.prepare(
      `INSERT INTO users (openid, role, society_id, name, phone, created_at, updated_at)
       VALUES (@openid, @role, @society_id, @name, @phone, @created_at, @updated_at)
       ON CONFLICT (openid) DO UPDATE SET role = excluded.role, society_id = excluded.society_id,
         name = excluded.name, phone = excluded.phone, created_at = excluded.created_at, updated_at = excluded.updated_at`,
    ),
    listUsers: db.prepare('SELECT * FROM users ORDER BY created_at, openid'),
    getSociety: db.prepare('SELECT * FROM societies WHERE id = ?'),
    findSocietyByCodeHash: db.prepare('SELECT * FROM societies WHERE binding_code_hash = ?'),
    putSociety: db.prepare(
      `INSERT INTO societies (id, name, contact, binding_code_hash, created_at)
       VALUES (@id, @name, @contact, @binding_code_hash, @created_at)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, contact = excluded.contact,
         binding_code_hash = excluded.binding_code_hash, created_at = excluded.created_at`,
    ),
    listSocieties: db.prepare('SELECT * FROM societies ORDER BY created_at, id'),
    getSubmission: db.prepare('SELECT * FROM submissions WHERE id = ?'),
    findSubmission: db.prepare('SELECT * FROM submissions WHERE society_id = ? AND year = ?'),
    insertSubmission: db.prepare(
      `INSERT INTO submissions (${list(SUBMISSION_COLUMNS)}) VALUES (${params(SUBMISSION_COLUMNS)})
       ON CONFLICT DO NOTHING`,
    ),
    updateSubmission: db.prepare(
      `UPDATE submissions SET ${assignments(updatableSubmission)} WHERE id = @id AND version = @expected_version`,
    ),
    listSubmissions: db.prepare('SELECT * FROM submissions WHERE year = ? ORDER BY updated_at DESC, id'),
    insertNotification: db.prepare(
      `INSERT INTO notifications (${list(NOTIFICATION_COLUMNS)}) VALUES (${params(NOTIFICATION_COLUMNS)})`,
    ),
    updateNotification: db.prepare(`UPDATE notifications SET ${assignments(updatableNotification)} WHERE id = @id`),
    countNotifications: db.prepare('SELECT count(*) AS n FROM notifications WHERE recipient = ?'),
    listNotifications: db.prepare(
      'SELECT * FROM notifications WHERE recipient = ? ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?',
    ),
    listUndelivered: db.prepare(
      `SELECT * FROM notifications WHERE delivery IN ('pending', 'failed') ORDER BY seq LIMIT ?`,
    ),
    markAllRead: db.prepare('UPDATE notifications SET read = 1 WHERE recipient = ? AND read = 0'),
    markSomeRead: db.prepare(
      'UPDATE notifications SET read = 1 WHERE recipient = ? AND id IN (SELECT value FROM json_each(?))',
    ),
    countUnread: db.prepare('SELECT count(*) AS n FROM notifications WHERE recipient = ? AND read = 0'),
    appendAudit: db.prepare(
      `INSERT INTO audit (id, actor, action, target, before, after, at)
       VALUES (@id, @actor, @action, @target, @before, @after, @at)`,
    ),
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
  const one = <T>(row: unknown, map: (r: Row) => T): T | null => (row ? map(row as Row) : null)
  const all = <T>(rows: unknown[], map: (r: Row) => T): T[] => (rows as Row[]).map(map)
  const hit = db.transaction((key: string, windowStart: number): number => {
    q.forgetOldWindows.run(key, windowStart)
    return (q.hit.get(key, windowStart) as { count: number }).count
  })

  return {
    db,
    close: () => db.close(),

    getUser: async (openid) => one(q.getUser.get(openid), userFromRow),
    putUser: async (u) => {
      q.putUser.run({
        openid: u.openid,
        role: u.role,
        society_id: u.societyId,
        name: u.name,
        phone: u.phone,
        created_at: u.createdAt,
        updated_at: u.updatedAt,
      })
    },
    listUsers: async () => all(q.listUsers.all(), userFromRow),

    getSociety: async (id) => one(q.getSociety.get(id), societyFromRow),
    findSocietyByCodeHash: async (hash) => one(q.findSocietyByCodeHash.get(hash), societyFromRow),
    putSociety: async (s) => {
      q.putSociety.run({
        id: s.id,
        name: s.name,
        contact: s.contact,
        binding_code_hash: s.bindingCodeHash,
        created_at: s.createdAt,
      })
    },
    listSocieties: async () => all(q.listSocieties.all(), societyFromRow),

    getSubmission: async (id) => one(q.getSubmission.get(id), submissionFromRow),
    findSubmission: async (societyId, year) => one(q.findSubmission.get(societyId, year), submissionFromRow),
    insertSubmission: async (s) => q.insertSubmission.run(submissionParams(s)).changes === 1,
    updateSubmission: async (s, expectedVersion) =>
      q.updateSubmission.run({ ...submissionParams(s), expected_version: expectedVersion }).changes === 1,
    listSubmissions: async (year) => all(q.listSubmissions.all(year), submissionFromRow),

    insertNotification: async (n) => {
      q.insertNotification.run(notificationParams(n))
    },
    updateNotification: async (n) => {
      q.updateNotification.run(notificationParams(n))
    },
    listNotifications: async (recipient, offset, limit) => ({
      total: (q.countNotifications.get(recipient) as { n: number }).n,
      rows: all(q.listNotifications.all(recipient, limit, offset), notificationFromRow),
    }),
    listUndelivered: async (limit) => all(q.listUndelivered.all(limit), notificationFromRow),
    markRead: async (recipient, ids) => {
      if (ids === 'all') q.markAllRead.run(recipient)
      else q.markSomeRead.run(recipient, JSON.stringify(ids))
    },
    countUnread: async (recipient) => (q.countUnread.get(recipient) as { n: number }).n,

    appendAudit: async (e) => {
      q.appendAudit.run({ ...e, before: toJson(e.before), after: toJson(e.after) })
    },
    listAudit: async (target) => all(q.listAudit.all(target), auditFromRow),

    hit: async (key, windowStart) => hit(key, windowStart),
  }
}
