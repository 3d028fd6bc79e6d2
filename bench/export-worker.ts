/**
 * One export in a fresh process, so that its peak memory is the export's own:
 *   tsx bench/export-worker.ts <emulator.sqlite> <out.xlsx>   prints {"ms","maxRssMb","bytes"} as JSON.
 */
import { createWriteStream, statSync } from 'node:fs'
import { finished } from 'node:stream/promises'
import { exportResults } from '../cloudfunctions/core/reports'
import { openSqliteStore } from '../emulator/store/sqlite-store'

async function main(db: string, out: string): Promise<void> {
  const store = openSqliteStore(db)
  const baseline = process.resourceUsage().maxRSS
  const start = process.hrtime.bigint()
  const stream = createWriteStream(out)
  await exportResults(store, 2022, stream)
  await finished(stream)
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  store.close()
  const usage = process.resourceUsage().maxRSS
  console.log(JSON.stringify({ ms: Math.round(ms), maxRssMb: Math.round(usage / 1024), baselineMb: Math.round(baseline / 1024), bytes: statSync(out).size }))
}

void main(process.argv[2]!, process.argv[3]!)
