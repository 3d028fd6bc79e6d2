import type { Ports } from '../ports'
import type { ReadingJob } from '../store/evidence-readings'

/**
 * Queues a registered photo for reading. Best effort: the photo is registered already, and a queue that cannot
 * be written leaves it unread (no reading is shown), never refuses the registration.
 */
export async function queueReading(ctx: Pick<Ports, 'store' | 'clock'>, job: ReadingJob): Promise<void> {
  await ctx.store.enqueueReading(job, ctx.clock.now().toISOString()).catch((error: unknown) => {
    console.error('[reading] 未能排队识别照片', job.fileId, error)
  })
}

/** Drops the readings of photos no longer registered; best effort as well (an orphan reading is never shown). */
export async function dropReadings(ctx: Pick<Ports, 'store'>, fileIds: readonly string[]): Promise<void> {
  await ctx.store.removeReadings(fileIds).catch((error: unknown) => console.error('[reading] 未能删除识别结果', fileIds, error))
}
