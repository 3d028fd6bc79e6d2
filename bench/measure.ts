/** Timing helpers for the benchmarks: throughput and per-call percentiles, printed one line per case. */

export interface Timing {
  runs: number
  perSecond: number
  p50: number
  p95: number
  p99: number
  max: number
}

/** Percentiles of `samples` (ms, sorted in place) and the throughput over `totalMs`. */
export function timing(samples: Float64Array, totalMs: number): Timing {
  samples.sort()
  const runs = samples.length
  const at = (q: number) => +samples[Math.min(runs - 1, Math.floor(q * runs))]!.toFixed(3)
  return { runs, perSecond: Math.round(runs / (totalMs / 1000)), p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) }
}

function report(name: string, samples: Float64Array, totalMs: number): Timing {
  const t = timing(samples, totalMs)
  console.log(`${name}: ${t.runs} runs, ${t.perSecond}/s, p50 ${t.p50} ms, p99 ${t.p99} ms, max ${t.max} ms`)
  return t
}

export const elapsedMs = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6

/** Runs `fn` `runs` times after a warm-up. */
export function measure(name: string, runs: number, fn: () => unknown): Timing {
  for (let i = 0; i < Math.min(runs, 200); i++) fn()
  const samples = new Float64Array(runs)
  const start = process.hrtime.bigint()
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    fn()
    samples[i] = elapsedMs(t)
  }
  return report(name, samples, elapsedMs(start))
}

