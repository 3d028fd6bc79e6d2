import { closeSync, fstatSync, fsyncSync, openSync } from 'node:fs'
import type Database from 'better-sqlite3'

/**
 * Group commit for the emulator's database. The connection commits with `synchronous = NORMAL`: a commit is
 * written to the WAL file but not fsynced, so it survives a killed process but not yet a power cut. Before an
 * answer leaves, `durable()` makes every commit made so far survive a power cut too: the answers waiting in one
 * turn of the event loop share one fsync of the WAL, made at the end of that turn (setImmediate), and it covers
 * every commit written before it (what `synchronous = FULL` did with an fsync per commit).
 *
 * The fsync runs on the main thread, once a turn. Measured under the 300-society load (issue 25): 13–22% less
 * CPU per save than handing each fsync to libuv's thread pool, whose hand-off and wake-ups cost more than the
 * wait, with a lower save p50 and more calls a second, because the requests that arrive during an fsync are
 * handled together in the next turn and share the next one.
 *
 * Commits are counted with SQLite's total_changes() (rows changed by this connection, the attached rate
 * counters' included: those only cost an fsync with nothing to flush).
 */
export interface WalDurability {
  /** Resolves once every commit made before the call is on disk; rejects when the fsync failed. */
  durable(): Promise<void>
  /**
   * The same, at once, on this thread: before the connection closes, and for the actions that answer after an
   * fsync of their own instead of the turn's (a photo's registration: ANSWERED_AFTER_OWN_FSYNC in emulator/app.ts).
   */
  durableNow(): void
  close(): void
}

export type Fsync = (fd: number) => void

interface Waiter {
  resolve(): void
  reject(error: unknown): void
}

export function walDurability(db: Database.Database, file: string, syncFile: Fsync = fsyncSync): WalDurability {
  if (file === ':memory:') return { durable: async () => undefined, durableNow: () => undefined, close: () => undefined }
  const walPath = `${file}-wal`
  const changes = db.prepare('SELECT total_changes() AS n').pluck()
  const changesNow = () => changes.get() as number
  let synced = -1
  let fd: number | null = null
  let waiting: Waiter[] | null = null

  /**
   * The WAL's descriptor, opened again if SQLite made a new file since; null when there is no WAL file: the last
   * connection to close checkpointed everything into the database (fsyncing both) and removed it.
   */
  const walFd = (): number | null => {
    // The open descriptor still names the WAL while its file has a name (one fstat, no path lookup).
    if (fd !== null && fstatSync(fd).nlink > 0) return fd
    if (fd !== null) closeSync(fd)
    fd = null
    try {
      fd = openSync(walPath, 'r+')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    return fd
  }

  const syncNow = () => {
    const covers = changesNow()
    if (synced >= covers) return
    const target = walFd()
    if (target !== null) syncFile(target)
    synced = covers
  }

  // A failed fsync fails this turn's answers (they say the service is unavailable); the next durable() tries again.
  const syncTurn = () => {
    const waiters = waiting ?? []
    waiting = null
    try {
      syncNow()
    } catch (error) {
      for (const waiter of waiters) waiter.reject(error)
      return
    }
    for (const waiter of waiters) waiter.resolve()
  }

  return {
    durable() {
      if (synced >= changesNow()) return Promise.resolve()
      return new Promise<void>((resolve, reject) => {
        if (!waiting) {
          waiting = []
          setImmediate(syncTurn)
        }
        waiting.push({ resolve, reject })
      })
    },
    durableNow: syncNow,
    close() {
      if (fd !== null) closeSync(fd)
      fd = null
    },
  }
}
