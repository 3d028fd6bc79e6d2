/** Autosave waits this long after the last change, so a burst of typing becomes one save. */
export const SAVE_DELAY_MS = 800

const FIRST_RETRY_MS = 2000
const MAX_RETRY_MS = 60_000

/** Delay before retry number `attempt` (0-based) after a failed save: doubling, capped at a minute. */
export const retryDelay = (attempt: number): number => Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt))
