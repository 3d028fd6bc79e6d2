import { appendFileSync } from 'node:fs'

/** What the security suites count, summed and printed by counts-reporter.js at the end of `npm test`. */
export type CountKind =
  | 'access matrix cells checked (handlers)'
  | 'access matrix cells checked (HTTP)'
  | 'fuzz cases run (actions)'
  | 'fuzz cases run (HTTP)'
  | 'faults injected'

/** Adds `n` to a count; a no-op when the reporter is not running (e.g. a single file run with other reporters). */
export function count(kind: CountKind, n: number): void {
  const file = process.env.SECURITY_COUNTS_FILE
  if (file && n > 0) appendFileSync(file, `${kind}\t${n}\n`)
}

/** A counter a suite adds to as it goes and records once, after all its tests. */
export function counter(kind: CountKind): { add(n?: number): void } {
  let total = 0
  afterAll(() => count(kind, total))
  return {
    add(n = 1) {
      total += n
    },
  }
}
