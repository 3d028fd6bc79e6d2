/** Timing helpers for the benchmarks: throughput and per-call percentiles, printed one line per case. */

function report(name: string, samples: Float64Array, totalMs: number): void {
  samples.sort()
  const runs = samples.length
  const at = (q: number) => samples[Math.min(runs - 1, Math.floor(q * runs))]!.toFixed(3)
  const perSecond = (runs / (totalMs / 1000)).toFixed(0)
  console.log(`${name}: ${runs} runs, ${perSecond}/s, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`)
}

const elapsedMs = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6

/** Runs `fn` `runs` times after a warm-up. */
export function measure(name: string, runs: number, fn: () => unknown): void {
  for (let i = 0; i < Math.min(runs, 200); i++) fn()
  const samples = new Float64Array(runs)
  const start = process.hrtime.bigint()
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    fn()
    samples[i] = elapsedMs(t)
  }
  report(name, samples, elapsedMs(start))
}

