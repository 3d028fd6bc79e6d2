import Database from 'better-sqlite3'
import type { Store } from '../../cloudfunctions/core/store'
import { migrate } from './schema'
import { walDurability } from './wal-durability'
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
  /** Resolves once every commit made so far survives a power cut (wal-durability.ts); await before answering. */
  durable(): Promise<void>
  /** The same at once, on this thread (one fsync of the WAL when a commit is not yet on disk); throws when it failed. */
  durableNow(): void
  close(): void
}

function openDatabase(file: string): Database.Database {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  // NORMAL: a commit is not fsynced by itself; walDurability fsyncs the WAL once for all the commits made
  // before an answer leaves, so a save the user saw acknowledged survives a power cut or OS crash.
  db.pragma('synchronous = NORMAL')
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
  const wal = walDurability(db, file)
  wal.durableNow()
  return {
    db,
    durable: () => wal.durable(),
    durableNow: () => wal.durableNow(),
    close: () => {
      wal.durableNow()
      wal.close()
      db.close()
    },
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
