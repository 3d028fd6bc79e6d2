import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { DEFAULT_UPLOAD_LIMIT_PER_MINUTE, openEmulatorApp } from './app'
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
    subscribeTemplateId: options.subscribeTemplateId,
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

  if (!options.quiet) console.log(await banner(app, url, dataDir))

  let closing: Promise<void> | null = null
  const close = () =>
    (closing ??= (async () => {
      clearInterval(timer)
      const stopped = new Promise<void>((done) => server.close(() => done()))
      server.closeIdleConnections()
      const force = setTimeout(() => server.closeAllConnections(), 10_000)
      await stopped
      clearTimeout(force)
      await retrying
      app.close()
    })())

  return { url, port, close }
}
