/**
 * One step of the export bench, in a process of its own so that its peak memory is its own:
 *   tsx bench/support/export-run.ts seed DIR COUNT     writes a year of COUNT societies into DIR's SQLite store
 *   tsx bench/support/export-run.ts export DIR OUT     writes the year's results workbook; prints { ms, peakRssMiB }
 */
import { createWriteStream, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { exportResults } from '../../cloudfunctions/core/reports'
import { openSqliteStore } from '../../emulator/store/sqlite-store'
import { FIXTURE_YEAR, seedYear } from '../../test/reports/year-fixture'

async function main(): Promise<void> {
  const [step, dir, arg] = process.argv.slice(2) as [string, string, string]
  mkdirSync(dir, { recursive: true })
  const store = openSqliteStore(join(dir, 'emulator.sqlite'))
  try {
    if (step === 'seed') {
      await seedYear(store, Number(arg))
      return
    }
    const started = performance.now()
    const out = createWriteStream(arg)
    await exportResults(store, FIXTURE_YEAR, out)
    out.end()
    await finished(out)
    const ms = performance.now() - started
    process.stdout.write(`${JSON.stringify({ ms, peakRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`)
  } finally {
    store.close()
  }
}

void main()
