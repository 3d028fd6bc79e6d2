import type Database from 'better-sqlite3'
import type { RateLimitStore } from '../../../cloudfunctions/core/store/rate-limits'

/**
 * The rate limiter's counters live in a database of their own beside the main one, written without fsync:
 * better-sqlite3 is synchronous, so an fsync per counted request (every write and every upload) held the
 * whole emulator still for milliseconds each — the main cause of slow uploads under concurrent users
 * (bench/upload-latency.ts). A counter lost in a power cut only forgives a minute's hits.
 */
export function attachRateCounters(db: Database.Database, file: string): void {
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

/** Over the attached counters (attachRateCounters first). */
export function sqliteRateLimits(db: Database.Database): RateLimitStore {
  const count = db.prepare(
    `INSERT INTO rate.rate_hits (key, window_start, count) VALUES (?, ?, 1)
     ON CONFLICT (key, window_start) DO UPDATE SET count = count + 1 RETURNING count`,
  )
  const forgetOldWindows = db.prepare('DELETE FROM rate.rate_hits WHERE key = ? AND window_start < ?')
  const hit = db.transaction((key: string, windowStart: number, limit: number): boolean => {
    forgetOldWindows.run(key, windowStart)
    return (count.get(key, windowStart) as { count: number }).count <= limit
  })
  return { hit: async (key, windowStart, limit) => hit(key, windowStart, limit) }
}
