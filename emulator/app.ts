import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { dispatch } from '../cloudfunctions/core/dispatch'
import { retryUndelivered } from '../cloudfunctions/core/handlers/notify'
import { runScheduledReminders } from '../cloudfunctions/core/handlers/scheduled-reminders'
import type { HandlerContext, PhotoHasher, Ports, UserRecord } from '../cloudfunctions/core/ports'
import type { ActionResult, Role } from '../src/shared'
import { emulatorBindQr, localImports, type LocalImports } from './admin-ports'
import { devSessions, type DevSessions } from './dev-sessions'
import { localFiles, type LocalFiles } from './local-files'
import { localReportFiles } from './local-report-files'
import { rememberingHasher, workerPhotoHasher } from './photo-hasher'
import { outboxNotifier, type NotifierMode, type OutboxNotifier } from './outbox-notifier'
import { ADMIN_OPENID, seedOnce, type RunAs, type SeedInfo } from './seed'
import { openSqliteStore, type SqliteStore } from './store/sqlite-store'
import { startReadingWorker, type ReadingWorker } from './reading/reading-worker'
import type { TextReader } from '../cloudfunctions/core/reading/text-reader'

/** The emulator's pieces, wired once: the same handlers as production over SQLite, local files and an outbox. */
export interface EmulatorSettings {
  dataDir: string
  h5Dir: string
  writeLimitPerMinute: number
  uploadLimitPerMinute: number
  notifierMode: NotifierMode
  /** Seed the demo societies and users into a fresh data folder (DEMO=0 turns it off). */
  demo: boolean
  subscribeTemplateId?: string
  adminSetupCode?: string
  /** Dev-only routes that act on the whole emulator (POST /api/dev/run-timers); default on. */
  devMode?: boolean
  /** Starts the text reader that reads queued evidence photos in the background; absent: photos stay pending. */
  reader?: () => Promise<TextReader>
}

/** What running every timer once did (POST /api/dev/run-timers answers it). */
export interface TimerRun {
  at: string
  retried: Awaited<ReturnType<typeof retryUndelivered>>
  reminders: Awaited<ReturnType<typeof runScheduledReminders>>['sent']
  /** Evidence photos read and failed (0 and 0 when the emulator runs without a reader). */
  readings: { read: number; failed: number }
}

export const DEFAULT_UPLOAD_LIMIT_PER_MINUTE = 30
const MINUTE_MS = 60_000

/**
 * Actions answered after an fsync of their own instead of the turn's shared one (store/wal-durability.ts). A
 * photo's registration comes right after its upload, out of step with the rounds of saves, so it is read early
 * in a turn and would wait for every call read after it before the turn's fsync. Registrations are rare beside
 * saves, and their own fsync costs little: under the 300-society load their time in the server fell from p50
 * 5.5–8.1 ms to 1.9–2.9 ms (docs/performance.md).
 */
const ANSWERED_AFTER_OWN_FSYNC: ReadonlySet<unknown> = new Set(['submission.addPhoto'])

export interface Caller {
  openid: string
  user: UserRecord | null
  /** The role the handlers would grant: the stored one, or admin for a bootstrap admin. */
  role: Role | null
}

export interface EmulatorApp {
  readonly store: SqliteStore
  readonly files: LocalFiles
  readonly imports: LocalImports
  /** The registrations' photo hasher; the upload route starts a stored photo's hash with it. */
  readonly photoHasher: PhotoHasher
  /** The address the emulator serves, for the QR codes of bind links; set once it listens. */
  setOrigin(origin: string): void
  readonly reportFiles: ReturnType<typeof localReportFiles>
  readonly outbox: OutboxNotifier
  readonly sessions: DevSessions
  readonly h5Dir: string
  readonly seed: SeedInfo
  /** Whether ADMIN_SETUP_CODE is set (the banner says how to claim admin). */
  readonly adminSetupCode: boolean
  /** Runs one action as `openid` (null: nobody logged in), exactly as a cloud function would; answers once what it wrote is on disk. */
  call(openid: string | null, event: { action: unknown; input: unknown }): Promise<ActionResult<unknown>>
  caller(openid: string | null): Promise<Caller | null>
  /** Counts one photo upload of `openid` against the per-minute limit; false once the limit is passed. */
  countUpload(openid: string): Promise<boolean>
  /** Retries the subscribe messages that failed, as production's timer trigger does. */
  retry(): Promise<unknown>
  /** Runs every timer of production (retries, 自动提醒) as at `now`, unbounded; for the dev route and the clock. */
  runTimers(now: Date): Promise<TimerRun>
  readonly devMode: boolean
  /** Stops the reading worker (the photo in hand is finished), then closes the database. */
  close(): Promise<void>
}

export async function openEmulatorApp(settings: EmulatorSettings): Promise<EmulatorApp> {
  mkdirSync(settings.dataDir, { recursive: true })
  const store = openSqliteStore(join(settings.dataDir, 'emulator.sqlite'))
  const files = localFiles(settings.dataDir)
  const reportFiles = localReportFiles(settings.dataDir, files)
  const outbox = outboxNotifier(store.db, settings.notifierMode, settings.subscribeTemplateId)
  const imports = localImports(settings.dataDir, files)
  let origin = 'http://127.0.0.1:8080/'
  const hashWorker = workerPhotoHasher()
  const photoHasher = rememberingHasher(hashWorker)
  const ports: Ports = {
    store,
    files,
    reportFiles,
    notifier: outbox,
    clock: { now: () => new Date() },
    config: {
      // Without the demo, the first admin is whoever claims it with the setup code, as in production.
      bootstrapAdmins: settings.demo ? [ADMIN_OPENID] : [],
      writeLimitPerMinute: settings.writeLimitPerMinute,
      ...(settings.adminSetupCode ? { adminSetupCode: settings.adminSetupCode } : {}),
    },
    newId: randomUUID,
    qr: emulatorBindQr(() => origin),
    uploads: imports,
    photoHasher,
  }
  const context = (openid: string | null): HandlerContext => ({ ...ports, openid })
  const reading: ReadingWorker | null = settings.reader ? startReadingWorker(ports, settings.reader) : null
  const call: EmulatorApp['call'] = async (openid, event) => {
    const result = await dispatch(event, context(openid))
    if (ANSWERED_AFTER_OWN_FSYNC.has(event.action)) store.durableNow()
    else await store.durable()
    return result
  }
  const runAs = ((openid, action, input) => call(openid, { action, input })) as RunAs

  try {
    const seed = await seedOnce(store.db, store, settings.demo ? runAs : null)
    return {
      store,
      files,
      imports,
      photoHasher,
      setOrigin: (url) => {
        origin = url
      },
      reportFiles,
      outbox,
      sessions: devSessions(store.db),
      h5Dir: resolve(settings.h5Dir),
      seed,
      adminSetupCode: Boolean(settings.adminSetupCode),
      call,
      async caller(openid) {
        if (!openid) return null
        const user = await store.getUser(openid)
        const role = ports.config.bootstrapAdmins.includes(openid) ? 'admin' : (user?.role ?? null)
        return { openid, user, role }
      },
      async countUpload(openid) {
        const windowStart = Math.floor(ports.clock.now().getTime() / MINUTE_MS) * MINUTE_MS
        return store.hit(`upload:${openid}`, windowStart, settings.uploadLimitPerMinute)
      },
      retry: () => retryUndelivered(ports),
      async runTimers(now) {
        const at: Ports = { ...ports, clock: { now: () => now } }
        const retried = await retryUndelivered(at)
        const { sent } = await runScheduledReminders(at, Number.POSITIVE_INFINITY)
        // Reading leases run on the real clock: `now` may be a day of the year under test.
        const readings = reading ? await reading.drain() : { read: 0, failed: 0 }
        return { at: now.toISOString(), retried, reminders: sent, readings }
      },
      devMode: settings.devMode ?? true,
      async close() {
        await reading?.close()
        void hashWorker.close()
        store.db.pragma('wal_checkpoint(TRUNCATE)')
        store.close()
      },
    }
  } catch (error) {
    void reading?.close()
    void hashWorker.close()
    store.close()
    throw error
  }
}
