import Database from 'better-sqlite3'
import type { Store } from '../../cloudfunctions/core/store'
import { migrate } from './schema'
import { sqliteAudit } from './sqlite/audit'
import { sqliteInvites } from './sqlite/invites'
import { sqliteNotifications } from './sqlite/notifications'
import { attachRateCounters, sqliteRateLimits } from './sqlite/rate-limits'
import { sqliteReminders } from './sqlite/reminders'
import { sqliteSocieties } from './sqlite/societies'
import { sqliteSubmissionList } from './sqlite/submission-list'
import { sqliteSubmissions } from './sqlite/submissions'
import { sqliteSubscribeCredits } from './sqlite/subscribe-credits'
import { sqliteUsers } from './sqlite/users'
import { sqliteYears } from './sqlite/years'
import { sqliteEvidenceReadings } from './sqlite/evidence-readings'

export interface SqliteStore extends Store {
  readonly db: Database.Database
  close(): void
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
 * The Store on an embedded SQLite database: the emulator's and the tests' store. `:memory:` works too.
 * One module per record (./sqlite/), all over the one connection, so that their transactions are the database's.
 */
export function openSqliteStore(file: string): SqliteStore {
  const db = openDatabase(file)
  return {
    db,
    close: () => db.close(),
    ...sqliteUsers(db),
    ...sqliteSubscribeCredits(db),
    ...sqliteInvites(db),
    ...sqliteSocieties(db),
    ...sqliteSubmissions(db),
    ...sqliteSubmissionList(db),
    ...sqliteAudit(db),
    ...sqliteYears(db),
    ...sqliteReminders(db),
    ...sqliteNotifications(db),
    ...sqliteRateLimits(db),
    ...sqliteEvidenceReadings(db),
  }
}
