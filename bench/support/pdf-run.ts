/**
 * One run of the PDF bench, in a process of its own so that its peak memory is its own:
 *   tsx bench/support/pdf-run.ts DIR OUT PHOTOS_PER_ITEM
 * writes one reviewed society into DIR's SQLite store with PHOTOS_PER_ITEM phone-sized photos (1600 × 1200 JPEG)
 * on each of its 38 items, then its whole file as a PDF to OUT; prints { ms, peakRssMiB, pages, photos, photoMiB }.
 */
import { createWriteStream, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { rubricItems, getRubric } from '../../src/shared'
import { exportFormPdf, loadSocietyForm, type PdfEvidenceFile } from '../../cloudfunctions/core/reports'
import { openSqliteStore } from '../../emulator/store/sqlite-store'
import { FIXTURE_YEAR, seedYear } from '../../test/reports/year-fixture'
import { encodeJpeg, syntheticScene } from '../evidence/synthetic-photos'

async function main(): Promise<void> {
  const [dir, out, perItemText] = process.argv.slice(2) as [string, string, string]
  const perItem = Number(perItemText)
  mkdirSync(dir, { recursive: true })
  const store = openSqliteStore(join(dir, 'emulator.sqlite'))
  await seedYear(store, 1)
  const form = await loadSocietyForm(store, FIXTURE_YEAR, 'soc-0000')
  store.close()
  // Nine distinct photos, each registered under its own file id on every item (read afresh every time).
  const photos = Array.from({ length: Math.max(1, perItem) }, (_, i) => Buffer.from(encodeJpeg(syntheticScene(i + 1, 1600, 1200), 80)))
  const files: PdfEvidenceFile[] = rubricItems(getRubric(FIXTURE_YEAR)).flatMap((item) =>
    Array.from({ length: perItem }, (_, k) => ({ itemId: item.id, fileId: `${item.id}/${k}.jpg`, name: `IMG_${k + 1}.jpg`, kind: 'photo' as const, mime: 'image/jpeg' })),
  )
  const read = async (fileId: string) => Buffer.from(photos[Number(/\/(\d+)\.jpg$/.exec(fileId)![1])]!)
  const started = performance.now()
  const made = await exportFormPdf(form, files, read, createWriteStream(out))
  const ms = performance.now() - started
  const photoMiB = files.length === 0 ? 0 : (photos.reduce((n, p) => n + p.length, 0) / photos.length) * files.length / 2 ** 20
  process.stdout.write(`${JSON.stringify({ ms, peakRssMiB: process.resourceUsage().maxRSS / 1024, pages: made.pages, photos: made.photos, photoMiB })}\n`)
}

void main()
