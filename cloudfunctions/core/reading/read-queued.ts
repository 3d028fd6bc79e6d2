import { findDates, outsideYear } from '../../../src/shared/reading'
import type { Ports } from '../ports'
import { joinCjk, ReaderUnavailableError, type TextReader } from './text-reader'

/** What reading needs of a text reader. */
export type PhotoTextReader = Pick<TextReader, 'read'>

export interface ReadingOptions {
  /** Who claims (a worker or a timer run): its claims are its own. */
  owner: string
  /** How long a claim holds: a run that dies mid-read frees the photo after this. */
  leaseMs: number
  /** How long a photo whose try failed waits before the next try (default 20 s). */
  retryMs?: number
  /** Stop claiming once this many photos were tried, or at `until` (the cloud function's time limit). */
  maxPhotos?: number
  until?: Date
}

export interface ReadingRun {
  read: number
  failed: number
}

// Kept without the spaces beside Chinese characters (the browser's find reaches 2021年3月) and without blank lines.
export const tidyText = (text: string): string => text.split('\n').map(joinCjk).filter(Boolean).join('\n')

const DEFAULT_RETRY_MS = 20_000

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200)

/**
 * Reads queued photos one at a time until the queue is empty or a limit is reached: claims one, reads its
 * file, finds its dates, stores the result. A failed try is recorded (retried on a later claim, up to the
 * store's limit); a file gone from storage fails at once; a reader that cannot start ends the run after the one
 * try it cost. Nothing here touches the submission.
 */
export async function readQueued(
  ctx: Pick<Ports, 'store' | 'files' | 'clock'>,
  reader: PhotoTextReader,
  options: ReadingOptions,
): Promise<ReadingRun> {
  const run: ReadingRun = { read: 0, failed: 0 }
  const nowIso = () => ctx.clock.now().toISOString()
  while (run.read + run.failed < (options.maxPhotos ?? Number.POSITIVE_INFINITY)) {
    if (options.until && ctx.clock.now() >= options.until) break
    const now = ctx.clock.now()
    const leaseUntil = new Date(now.getTime() + options.leaseMs).toISOString()
    const claimed = await ctx.store.claimReading({ owner: options.owner, now: now.toISOString(), leaseUntil })
    if (!claimed) break
    const bytes = await ctx.files.read(claimed.fileId).catch(() => null)
    if (!bytes) {
      await ctx.store.failReading(claimed.fileId, options.owner, '照片文件不存在', nowIso(), null)
      run.failed++
      continue
    }
    try {
      const reading = await reader.read(bytes)
      const text = tidyText(reading.text)
      const dates = findDates(text)
      const result = { text, lines: reading.lines.map(joinCjk).filter(Boolean), dates, outsideYear: outsideYear(dates, claimed.year) }
      await ctx.store.completeReading(claimed.fileId, options.owner, result, nowIso())
      run.read++
    } catch (error) {
      console.error('[reading] 识别失败', claimed.fileId, error)
      const retryFrom = new Date(ctx.clock.now().getTime() + (options.retryMs ?? DEFAULT_RETRY_MS)).toISOString()
      await ctx.store.failReading(claimed.fileId, options.owner, messageOf(error), nowIso(), retryFrom)
      run.failed++
      // Without a reader every photo claimed now would spend a try for nothing: the next run starts it again.
      if (error instanceof ReaderUnavailableError) break
    }
  }
  return run
}
