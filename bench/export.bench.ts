/**
 * The year's results workbook for 300 and 1,000 societies (a real SQLite store, the export module the cloud
 * function runs): time and peak memory of the process, to compare with a cloud function's limits (60 s, 256–512 MB).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openSqliteStore } from '../emulator/store/sqlite-store'
import { seedYear } from '../test/reports/year-fixture'

export default async function run(): Promise<void> {
  for (const societies of [300, 1000]) {
    const folder = mkdtempSync(join(tmpdir(), 'export-bench-'))
    try {
      const db = join(folder, 'emulator.sqlite')
      const store = openSqliteStore(db)
      await seedYear(store, societies, 5)
      store.close()
      const worker = join(__dirname, 'export-worker.ts')
      const out = execFileSync(process.execPath, ['--import', 'tsx', worker, db, join(folder, 'results.xlsx')], { encoding: 'utf8' })
      const { ms, maxRssMb, baselineMb, bytes } = JSON.parse(out) as Record<string, number>
      console.log(
        `results workbook, ${societies} societies: ${(ms! / 1000).toFixed(1)} s, peak RSS ${maxRssMb} MB (${baselineMb} MB before), ${(bytes! / 1e6).toFixed(1)} MB file`,
      )
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }
}
