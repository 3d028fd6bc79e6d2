import { closeSync, fstatSync, fsync, fsyncSync, openSync } from 'node:fs'
import type Database from 'better-sqlite3'

/**
 * Group commit for the emulator's database. The connection commits with `synchronous = NORMAL`: a commit is
 * written to the WAL file but not fsynced, so it survives a killed process but not yet a power cut. Before an
 * answer leaves, `durable()` makes every commit made so far survive a power cut too: one fsync of the WAL
 * covers all the commits written before it started, so concurrent saves share one fsync instead of one each
 * (what `synchronous = FULL` did, holding the whole emulator still for each).
 *
 * Commits are counted with SQLite's total_changes() (rows changed by this connection, the attached rate
 * counters' included: those only cost an fsync with nothing to flush).
 */
export interface WalDurability {
  /** Resolves once every commit made before the call is on disk. */
  durable(): Promise<void>
  /** The same, blocking: before the connection closes. */
  durableNow(): void
  close(): void
}

export type Fsync = (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => void

export function walDurability(db: Database.Database, file: string, syncFile: Fsync = fsync): WalDurability {
  if (file === ':memory:') return { durable: async () => undefined, durableNow: () => undefined, close: () => undefined }
  const walPath = `${file}-wal`
  const changes = db.prepare('SELECT total_changes() AS n').pluck()
  const changesNow = () => changes.get() as number
  let synced = -1
  let fd: number | null = null
  let inFlight: Promise<void> | null = null

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

  const syncOnce = (): Promise<void> => {
    const covers = changesNow()
    const target = walFd()
    if (target === null) {
      synced = Math.max(synced, covers)
      return Promise.resolve()
    }
    return new Promise<void>((resolve, reject) =>
      syncFile(target, (error) => {
        if (error) return reject(error)
        synced = Math.max(synced, covers)
        resolve()
      }),
    )
  }

  return {
    async durable() {
      const needed = changesNow()
      while (synced < needed) {
        // An fsync under way may have started before this call's commit: wait for it, then sync again if so.
        if (!inFlight) inFlight = syncOnce().finally(() => (inFlight = null))
        await inFlight
      }
    },
    durableNow() {
      const covers = changesNow()
      if (synced >= covers) return
      const target = walFd()
      if (target !== null) fsyncSync(target)
      synced = covers
    },
    close() {
      if (fd !== null) closeSync(fd)
      fd = null
    },
  }
}
