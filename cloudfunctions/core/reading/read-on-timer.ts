import type { Ports } from '../ports'
import { lazyReader } from './lazy-reader'
import { readQueued, type ReadingRun } from './read-queued'
import type { TextReader } from './text-reader'

/** The `reading` cloud function's timeout (its deploy setting, FUNCTION_SETTINGS): the most a timer run may take. */
export const READING_TIMEOUT_SECONDS = 60
/**
 * A run claims photos for this long after it starts, then stops. A photo claimed at the last moment has 10 s to
 * be read (issue 23's budget per photo; 3 s measured at 3000 px) and the reader 10 s more to close, before the
 * function's timeout.
 */
export const READING_CLAIM_SECONDS = READING_TIMEOUT_SECONDS - 20
/** A claim outlives the run that made it by 10 s: a run killed at its timeout frees its photo soon after. */
const LEASE_MS = (READING_TIMEOUT_SECONDS + 10) * 1000

/**
 * One run of the reading queue on the cloud's timer: reads queued photos with the same core as the emulator's
 * worker (claim with a lease, read, store; a failed try is retried by a later run, up to the store's limit), stops
 * claiming in time to end well before the timeout, and always ends the reader. The reader starts only when a
 * photo is claimed, so a run with an empty queue costs one database query.
 */
export async function readOnTimer(
  ctx: Pick<Ports, 'store' | 'files' | 'clock' | 'newId'>,
  makeReader: () => Promise<TextReader>,
): Promise<ReadingRun> {
  const started = ctx.clock.now().getTime()
  const reader = lazyReader(makeReader)
  try {
    return await readQueued(ctx, reader, {
      owner: `cloud-${ctx.newId()}`,
      leaseMs: LEASE_MS,
      until: new Date(started + READING_CLAIM_SECONDS * 1000),
    })
  } finally {
    await reader.close()
  }
}
