import type { Database } from 'better-sqlite3'

/**
 * The emulator's SQLite schema, one migration per step; `PRAGMA user_version` records how many have run.
 * Append a migration to change the schema; never edit one that has shipped.
 * JSON columns hold the submission's nested parts exactly as the handlers wrote them.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE societies (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    contact TEXT NOT NULL,
    binding_code_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
  );

  CREATE TABLE users (
    openid TEXT PRIMARY KEY,
    role TEXT CHECK (role IN ('filler', 'reviewer', 'admin')),
    society_id TEXT REFERENCES societies(id),
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX users_by_society ON users(society_id);

  CREATE TABLE submissions (
    id TEXT PRIMARY KEY,
    society_id TEXT NOT NULL REFERENCES societies(id),
    year INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'reviewed')),
    version INTEGER NOT NULL,
    answers TEXT NOT NULL,
    item_versions TEXT NOT NULL,
    evidence TEXT NOT NULL,
    self_score TEXT NOT NULL,
    return_reasons TEXT,
    review TEXT,
    submitted_at TEXT,
    updated_at TEXT NOT NULL,
    history TEXT NOT NULL,
    last_saved_by TEXT,
    UNIQUE (society_id, year)
  );
  CREATE INDEX submissions_by_year ON submissions(year);

  CREATE TABLE notifications (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    recipient TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    page TEXT NOT NULL,
    read INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    delivery TEXT NOT NULL CHECK (delivery IN ('pending', 'sent', 'refused', 'failed')),
    delivery_error TEXT,
    attempts INTEGER NOT NULL
  );
  CREATE INDEX notifications_by_recipient ON notifications(recipient, created_at);
  CREATE INDEX notifications_undelivered ON notifications(seq) WHERE delivery IN ('pending', 'failed');

  CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX audit_by_target ON audit(target, seq);

  CREATE TABLE rate_hits (
    key TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (key, window_start)
  );
  `,
  // Issue 8: the final total for ranking, the answers as returned (what a resubmission changed), and when
  // each reviewer last opened each submission (the list marks what is new to them).
  `
  ALTER TABLE submissions ADD COLUMN final_total REAL;
  ALTER TABLE submissions ADD COLUMN returned TEXT;

  CREATE TABLE review_seen (
    viewer TEXT NOT NULL,
    submission_id TEXT NOT NULL REFERENCES submissions(id),
    seen_at TEXT NOT NULL,
    PRIMARY KEY (viewer, submission_id)
  );
  `,
  // Evidence files: what the server read of each registered file (type, size, fingerprints), as JSON.
  `ALTER TABLE submissions ADD COLUMN evidence_files TEXT;`,
  // The admin console: a society's phone, deactivation and reviewer; one-time reviewer invitations.
  `
  ALTER TABLE societies ADD COLUMN phone TEXT NOT NULL DEFAULT '';
  ALTER TABLE societies ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE societies ADD COLUMN reviewer_openid TEXT;

  CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    code_hash TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_by TEXT,
    used_at TEXT
  );
  `,
  // Years as data: settings per year, and the 催报 sent in each.
  `
  CREATE TABLE years (
    year INTEGER PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    rubric_from INTEGER,
    deadline TEXT,
    extensions TEXT NOT NULL,
    grade_bands TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE reminders (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    society_id TEXT NOT NULL,
    by TEXT NOT NULL,
    at TEXT NOT NULL,
    deliveries TEXT NOT NULL
  );
  CREATE INDEX reminders_by_year ON reminders(year, seq);
  `,
  // Cloud cost per action: the fillers' write counts of the current minute ride on the submission's own write.
  `ALTER TABLE submissions ADD COLUMN write_window TEXT;`,
  // 自动提醒: a schedule per year, and one claim per year, society and day (the key makes a second claim fail).
  `
  ALTER TABLE years ADD COLUMN reminder_days_before TEXT;

  CREATE TABLE scheduled_reminders (
    year INTEGER NOT NULL,
    society_id TEXT NOT NULL,
    day TEXT NOT NULL,
    days_before INTEGER NOT NULL,
    run_id TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (year, society_id, day)
  );
  `,
  // Issue 22: a society's 复核 request and answer; a year's 公示.
  `
  ALTER TABLE submissions ADD COLUMN recheck TEXT;
  ALTER TABLE years ADD COLUMN publication TEXT;
  `,
  // Subscribe-message credits: each one-time consent a user gives allows one message of that template.
  `CREATE TABLE subscribe_credits (
    openid TEXT NOT NULL,
    template_id TEXT NOT NULL,
    credits INTEGER NOT NULL CHECK (credits >= 0),
    PRIMARY KEY (openid, template_id)
  );`,
  // Issue 23: the reading queue, one row per registered evidence photo (its text and dates once read).
  `
  CREATE TABLE evidence_readings (
    file_id TEXT PRIMARY KEY,
    submission_id TEXT NOT NULL,
    society_id TEXT NOT NULL,
    year INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'done', 'failed')),
    attempts INTEGER NOT NULL,
    lease_owner TEXT NOT NULL,
    lease_until TEXT NOT NULL,
    text TEXT NOT NULL,
    lines TEXT NOT NULL,
    dates TEXT NOT NULL,
    outside_year INTEGER NOT NULL,
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX evidence_readings_queue ON evidence_readings(created_at, file_id) WHERE status = 'pending';
  CREATE INDEX evidence_readings_by_submission ON evidence_readings(submission_id);
  CREATE INDEX evidence_readings_outside_year ON evidence_readings(year, item_id) WHERE outside_year = 1;
  `,
]

export const SCHEMA_VERSION = MIGRATIONS.length

/** Brings the database up to the latest schema, each migration in its own transaction. */
export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > SCHEMA_VERSION) {
    throw new Error(`数据库版本 ${current} 比程序支持的 ${SCHEMA_VERSION} 新，请升级程序`)
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!)
      db.pragma(`user_version = ${version + 1}`)
    })()
  }
}
