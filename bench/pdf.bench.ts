/**
 * The whole file as a PDF (issue 22): one society's form with 9 phone-sized photos on each of its 38 items
 * (342 photos), built by the reports module as the `report` cloud function builds it: time and peak memory of the
 * process, beside the floor of the same form without photos. Budget: the report function's limits (60 s, 512 MB).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { figures, type Figure } from './figures'
import { ROOT } from './support/project'

interface Run {
  ms: number
  peakRssMiB: number
  pages: number
  photos: number
  photoMiB: number
  bytes: number
}

function runOnce(perItem: number): Run {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pdf-'))
  try {
    const out = join(dir, 'form.pdf')
    const line = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(__dirname, 'support/pdf-run.ts'), dir, out, String(perItem)], { encoding: 'utf8' })
    return { ...(JSON.parse(line) as Omit<Run, 'bytes'>), bytes: statSync(out).size }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export default async function run(): Promise<Figure[]> {
  const floor = runOnce(0)
  const full = runOnce(9)
  for (const [name, r] of [['no photos', floor], ['9 photos × 38 items', full]] as const) {
    console.log(`${name}: ${r.pages} pages, ${r.photos} photos (${r.photoMiB.toFixed(0)} MiB of JPEG), ${(r.bytes / 2 ** 20).toFixed(1)} MiB PDF, ${r.ms.toFixed(0)} ms, peak RSS ${r.peakRssMiB.toFixed(0)} MiB`)
  }
  return figures('pdf', [
    {
      name: 'whole-file PDF, 342 photos: time',
      value: Math.round(full.ms),
      unit: 'ms',
      floor: { name: 'the form alone', value: Math.round(floor.ms) },
      budget: { max: 60_000, text: '≤ 60 s (report function timeout)' },
      note: `${full.pages} pages, ${(full.bytes / 2 ** 20).toFixed(0)} MiB`,
    },
    {
      name: 'whole-file PDF, 342 photos: peak memory (process RSS)',
      value: Math.round(full.peakRssMiB),
      unit: 'MiB',
      floor: { name: 'the form alone', value: Math.round(floor.peakRssMiB) },
      budget: { max: 512, text: '≤ 512 MB' },
    },
  ])
}
