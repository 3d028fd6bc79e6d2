/**
 * Cloud-function cold start: the time a fresh Node process takes to load each function's bundle (`npm run
 * build:cloud`), beside a function that only requires wx-server-sdk, measured the same way in the same run.
 * WeChat starts a new instance for the first call after a quiet spell; loading the code is the part we control.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildCloudFunctions } from '../scripts/build-cloud'
import { figures, type Figure, type FigureInput } from './figures'
import { ROOT } from './support/project'

const RUNS = Number(process.env.BENCH_COLDSTART_RUNS ?? 9)
const MAX_RATIO = 1.5

/** Milliseconds to `require` the file in a fresh process (process start and exit not counted). */
function loadTime(file: string): number {
  const script = `const t = process.hrtime.bigint(); require(${JSON.stringify(file)}); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6))`
  // No subscribe template in the environment: the functions that send messages log it and still load.
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`loading ${file} failed:\n${run.stderr}`)
  return Number(run.stdout)
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

export default async function run(): Promise<Figure[]> {
  // Inside the repository, so that the bundles find wx-server-sdk in node_modules as the cloud installs it beside them.
  const outDir = join(ROOT, 'dist', `bench-coldstart-${process.pid}`)
  try {
    const built = await buildCloudFunctions({ outDir, log: false })
    const floorFile = join(outDir, 'sdk-only', 'index.js')
    mkdirSync(join(outDir, 'sdk-only'), { recursive: true })
    writeFileSync(floorFile, "const cloud = require('wx-server-sdk')\nexports.main = async () => cloud.getWXContext()\n")

    const files = { floor: floorFile, ...Object.fromEntries(built.map((fn) => [fn.name, join(fn.dir, 'index.js')])) }
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(files).map((name) => [name, []]))
    // Round-robin, one warm-up round not counted: each function meets the same disk cache and machine load.
    for (let round = 0; round <= RUNS; round++) {
      for (const [name, file] of Object.entries(files)) {
        const ms = loadTime(file)
        if (round > 0) times[name]!.push(ms)
      }
    }
    const floor = { name: 'a function that only requires wx-server-sdk', value: +median(times.floor!).toFixed(1) }
    console.log(`floor (wx-server-sdk alone): ${times.floor!.map((t) => t.toFixed(0)).join(' ')} ms`)
    const rows: FigureInput[] = built.map((fn) => {
      console.log(`${fn.name}: ${times[fn.name]!.map((t) => t.toFixed(0)).join(' ')} ms`)
      const value = +median(times[fn.name]!).toFixed(1)
      return {
        name: `cloud function ${fn.name} load`,
        value,
        unit: 'ms',
        floor,
        budget: { max: +(floor.value * MAX_RATIO).toFixed(1), text: `≤ ${MAX_RATIO}× floor` },
        note: `median of ${RUNS} fresh processes; index.js ${(fn.bytes / 1024).toFixed(1)} KB, ${fn.inputs.length} modules`,
      }
    })
    return figures('coldstart', rows)
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}
