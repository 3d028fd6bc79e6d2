/**
 * Export: the year's results workbook (cloudfunctions/core/reports, the module the cloud function, the emulator
 * and the export CLI share) for 300 and 1,000 societies: time and peak memory of the exporting process. The
 * workbook is opened afterwards to check it holds every society.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { figures, type Figure, type FigureInput } from './figures'
import { ROOT } from './support/project'

const SIZES = [300, 1000]
const step = (...args: string[]) =>
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(__dirname, 'support/export-run.ts'), ...args], { encoding: 'utf8', maxBuffer: 1 << 20 })

export default async function run(): Promise<Figure[]> {
  const rows: FigureInput[] = []
  for (const n of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-export-'))
    try {
      step('seed', dir, String(n))
      const out = join(dir, 'results.xlsx')
      const { ms, peakRssMiB } = JSON.parse(step('export', dir, out)) as { ms: number; peakRssMiB: number }
      const zip = await JSZip.loadAsync(readFileSync(out))
      const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).length
      console.log(`${n} societies: ${(statSync(out).size / 1024).toFixed(0)} KB, ${sheets} sheets, ${ms.toFixed(0)} ms, peak RSS ${peakRssMiB.toFixed(0)} MiB`)
      rows.push(
        { name: `results workbook, ${n} societies: time`, value: Math.round(ms), unit: 'ms' },
        { name: `results workbook, ${n} societies: peak memory (process RSS)`, value: Math.round(peakRssMiB), unit: 'MiB', budget: { max: 512, text: '≤ 512 MB' }, note: `${sheets} sheets` },
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return figures('export', rows)
}
