import { randomUUID } from 'node:crypto'
import { lazyReader } from '../../cloudfunctions/core/reading/lazy-reader'
import { readQueued, type ReadingRun } from '../../cloudfunctions/core/reading/read-queued'
import type { Ports } from '../../cloudfunctions/core/ports'
import type { TextReader } from '../../cloudfunctions/core/reading/text-reader'

export interface ReadingWorker {
  /** Reads everything queued now, after the run in progress (POST /api/dev/run-timers). */
  drain(): Promise<ReadingRun>
  /** Stops looking for photos, lets the photo in hand finish, and ends the reader. */
  close(): Promise<void>
}

export interface ReadingWorkerOptions {
  /** How often the queue is looked at while idle. */
  everyMs: number
  /** A reader idle this long is ended (Tesseract holds ~170 MB), and started again for the next photo. */
  idleCloseMs: number
  /** How long a claim holds: an emulator stopped mid-read frees the photo after this. */
  leaseMs: number
  /** How long a photo whose try failed waits before the next. */
  retryMs: number
}

const DEFAULTS: ReadingWorkerOptions = { everyMs: 2000, idleCloseMs: 60_000, leaseMs: 120_000, retryMs: 20_000 }
const NOTHING: ReadingRun = { read: 0, failed: 0 }

/**
 * The emulator's reading worker: drains the reading queue in the background, one photo at a time. The reader
 * (Tesseract's WebAssembly) runs on its own worker thread, so the HTTP server's event loop only waits for
 * answers; it starts with the first queued photo and ends when idle.
 */
export function startReadingWorker(
  ports: Pick<Ports, 'store' | 'files' | 'clock'>,
  makeReader: () => Promise<TextReader>,
  options: Partial<ReadingWorkerOptions> = {},
): ReadingWorker {
  const { everyMs, idleCloseMs, leaseMs, retryMs } = { ...DEFAULTS, ...options }
  const owner = `emulator-${process.pid}-${randomUUID().slice(0, 8)}`
  const reader = lazyReader(makeReader)
  let busy = false
  let running: Promise<ReadingRun> = Promise.resolve(NOTHING)

  const run = (): Promise<ReadingRun> => {
    running = running
      .then(async () => {
        busy = true
        try {
          return await readQueued(ports, reader, { owner, leaseMs, retryMs })
        } finally {
          busy = false
        }
      })
      .catch((error: unknown) => {
        console.error('[reading] 识别队列出错', error)
        return NOTHING
      })
    return running
  }

  const timer = setInterval(() => {
    if (busy) return
    if (reader.started && Date.now() - reader.lastUsed > idleCloseMs) void reader.close()
    void run()
  }, everyMs)
  timer.unref()

  return {
    drain: run,
    async close() {
      clearInterval(timer)
      await running
      await reader.close()
    },
  }
}
