import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { DEFAULT_UPLOAD_LIMIT_PER_MINUTE, openEmulatorApp, type EmulatorSettings } from './app'
import { banner } from './banner'
import { ClientAbortError, sendError } from './http'
import type { NotifierMode } from './outbox-notifier'
import { route } from './router'

export interface EmulatorOptions {
  /** 0 picks a free port. */
  port: number
  dataDir: string
  h5Dir: string
  /** No banner, no request error logs (tests). */
  quiet?: boolean
  writeLimitPerMinute?: number
  /** Photo uploads allowed per user per minute. */
  uploadLimitPerMinute?: number
  notifierMode?: NotifierMode
  /** The subscribe template whose credits its sends use (default EMULATOR_TEMPLATE_ID). */
  subscribeTemplateId?: string
  /** How often undelivered notifications are retried. */
  retryEveryMs?: number
  /** False (DEMO=0): a fresh data folder gets no demo societies or users and dev-admin is nobody special. */
  demo?: boolean
  /** ADMIN_SETUP_CODE: while no admin exists, the user who enters it becomes admin (account.claimAdmin). */
  adminSetupCode?: string
  /** How often the timers (自动提醒 included) run on the emulator's own clock; off when absent (tests). */
  timersEveryMs?: number
  /** The moment the timers run as, each time (tests move it); default the system clock. */
  timersNow?: () => Date
  /** Dev-only routes that act on the whole emulator (POST /api/dev/run-timers); default on. */
  devMode?: boolean
  /** Reads queued evidence photos in the background with this reader; off when absent (tests that do not read). */
  reader?: EmulatorSettings['reader']
}

export interface RunningEmulator {
  url: string
  port: number
  /** Stops accepting, lets requests in flight finish, then closes the database (WAL checkpoint). */
  close(): Promise<void>
}

/** Starts the local emulator on 127.0.0.1: seeds an empty data folder, then serves the API and the H5 build. */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const dataDir = resolve(options.dataDir)
  const app = await openEmulatorApp({
    dataDir,
    h5Dir: options.h5Dir,
    writeLimitPerMinute: options.writeLimitPerMinute ?? 120,
    uploadLimitPerMinute: options.uploadLimitPerMinute ?? DEFAULT_UPLOAD_LIMIT_PER_MINUTE,
    notifierMode: options.notifierMode ?? 'send',
    demo: options.demo ?? true,
    ...(options.adminSetupCode ? { adminSetupCode: options.adminSetupCode } : {}),
    devMode: options.devMode,
    subscribeTemplateId: options.subscribeTemplateId,
    reader: options.reader,
  })
  const log = (...args: unknown[]) => (options.quiet ? undefined : console.error(...args))

  const server = createServer((req, res) => {
    route(req, res, app).catch((error: unknown) => {
      if (error instanceof ClientAbortError) return void res.destroy()
      log('[emulator] 请求处理出错：', error)
      if (!res.headersSent) sendError(res, 500, 'INTERNAL')
      else res.destroy()
    })
  })
  server.requestTimeout = 60_000
  await new Promise<void>((ready, fail) => {
    server.once('error', fail)
    server.listen(options.port, '127.0.0.1', () => ready())
  })
  const port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}/`
  app.setOrigin(url)

  let retrying: Promise<unknown> = Promise.resolve()
  const timer = setInterval(() => {
    retrying = retrying.then(() => app.retry()).catch((error: unknown) => log('[emulator] 重发通知出错：', error))
  }, options.retryEveryMs ?? 60_000)
  timer.unref()
  const clockTimer = options.timersEveryMs
    ? setInterval(() => {
        const now = options.timersNow?.() ?? new Date()
        retrying = retrying.then(() => app.runTimers(now)).catch((error: unknown) => log('[emulator] 定时任务出错：', error))
      }, options.timersEveryMs)
    : null
  clockTimer?.unref()

  if (!options.quiet) console.log(await banner(app, url, dataDir))

  let closing: Promise<void> | null = null
  const close = () =>
    (closing ??= (async () => {
      clearInterval(timer)
      if (clockTimer) clearInterval(clockTimer)
      const stopped = new Promise<void>((done) => server.close(() => done()))
      server.closeIdleConnections()
      const force = setTimeout(() => server.closeAllConnections(), 10_000)
      await stopped
      clearTimeout(force)
      await retrying
      await app.close()
    })())

  return { url, port, close }
}
