/**
 * Reading evidence photos (issue 23): a set of synthetic phone photos of meeting records and notices with known
 * dates (bench/reading/evidence-pages.ts), read by the tesseract reader in a process of its own with the network
 * cut. Figures: date recall and precision of findDates on the readings, startup, time per photo, peak memory,
 * beside the floor of reading a blank page. Budgets from the issue: recall ≥ 90 %, precision ≥ 95 %, ≤ 10 s and
 * ≤ 400 MB per photo.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findDates } from '../src/shared/reading'
import { figures, type Figure } from './figures'
import { evidencePages, photoLook, photographPage, type EvidencePage } from './reading/evidence-pages'
import { scoreDates } from './reading/date-scores'
import { ROOT } from './support/project'

const PHOTOS = 36

interface Run {
  startMs: number
  perPhotoMs: number[]
  texts: string[]
  peakRssMiB: number
}

function readAll(pages: readonly EvidencePage[], scale = 1): Run {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ocr-'))
  try {
    pages.forEach((page, i) => writeFileSync(join(dir, `${page.name}.jpg`), photographPage(page, photoLook(i), scale)))
    const args = ['--require', join(__dirname, 'reading/no-network.cjs'), join(__dirname, 'support/ocr-run.ts'), dir]
    return JSON.parse(execFileSync(join(ROOT, 'node_modules/.bin/tsx'), args, { encoding: 'utf8', maxBuffer: 2 ** 26 })) as Run
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const percentile = (values: readonly number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!

export default async function run(): Promise<Figure[]> {
  const pages = evidencePages(PHOTOS)
  const blank = readAll([{ name: 'blank', lines: [], dates: [] }])
  const set = readAll(pages)
  // A few at a phone camera's full width (3000 px): the time and memory a real upload costs.
  const phoneSized = readAll(pages.slice(0, 4), 3)
  const phoneFound = phoneSized.texts.map(findDates)
  console.log(`phone-sized: ${phoneSized.perPhotoMs.map((ms) => ms.toFixed(0)).join(' ')} ms, peak RSS ${phoneSized.peakRssMiB.toFixed(0)} MiB, dates ${JSON.stringify(phoneFound)} of ${JSON.stringify(pages.slice(0, 4).map((p) => p.dates))}`)
  const found = set.texts.map(findDates)
  const scores = scoreDates(pages.map((p) => p.dates), found)
  pages.forEach((page, i) => {
    const missed = page.dates.filter((d) => !found[i]!.includes(d))
    const wrong = found[i]!.filter((d) => !page.dates.includes(d))
    if (missed.length || wrong.length) console.log(`${page.name}: missed ${missed.join(' ') || '-'}, wrong ${wrong.join(' ') || '-'} | ${set.texts[i]!.replace(/\n/g, ' / ')}`)
  })
  console.log(`${PHOTOS} photos, ${scores.expected} dates: ${scores.correct} found right, ${scores.found - scores.correct} wrong; start ${set.startMs.toFixed(0)} ms, peak RSS ${set.peakRssMiB.toFixed(0)} MiB`)
  const blankMs = Math.round(blank.perPhotoMs[0]!)
  return figures('ocr', [
    {
      name: `date recall on ${PHOTOS} synthetic photos (missed share)`,
      value: +(1 - scores.recall).toFixed(3),
      unit: '',
      budget: { max: 0.1, text: 'recall ≥ 90 %' },
      note: `recall ${(scores.recall * 100).toFixed(1)} % (${scores.correct}/${scores.expected})`,
    },
    {
      name: `date precision on ${PHOTOS} synthetic photos (wrong share)`,
      value: +(1 - scores.precision).toFixed(3),
      unit: '',
      budget: { max: 0.05, text: 'precision ≥ 95 %' },
      note: `precision ${(scores.precision * 100).toFixed(1)} % (${scores.correct}/${scores.found})`,
    },
    { name: 'reader startup', value: Math.round(set.startMs), unit: 'ms', floor: { name: 'same, blank-page run', value: Math.round(blank.startMs) } },
    {
      name: 'time per photo (p95)',
      value: Math.round(percentile(set.perPhotoMs, 0.95)),
      unit: 'ms',
      floor: { name: 'a blank page', value: blankMs },
      budget: { max: 10_000, text: '≤ 10 s per photo' },
      note: `p50 ${Math.round(percentile(set.perPhotoMs, 0.5))} ms, max ${Math.round(Math.max(...set.perPhotoMs))} ms`,
    },
    {
      name: 'time per photo at 3000 px wide (max of 4)',
      value: Math.round(Math.max(...phoneSized.perPhotoMs)),
      unit: 'ms',
      floor: { name: 'a blank page', value: blankMs },
      budget: { max: 10_000, text: '≤ 10 s per photo' },
    },
    {
      name: 'peak memory reading 4 photos at 3000 px wide (process RSS)',
      value: Math.round(phoneSized.peakRssMiB),
      unit: 'MiB',
      floor: { name: 'reading one blank page', value: Math.round(blank.peakRssMiB) },
      budget: { max: 400, text: '≤ 400 MB per photo' },
    },
    {
      name: 'peak memory reading the set (process RSS)',
      value: Math.round(set.peakRssMiB),
      unit: 'MiB',
      floor: { name: 'reading one blank page', value: Math.round(blank.peakRssMiB) },
      budget: { max: 400, text: '≤ 400 MB per photo' },
    },
  ])
}
