/**
 * One run of the reading bench, in a process of its own so that its peak memory is the reader's:
 *   tsx --require bench/reading/no-network.cjs bench/support/ocr-run.ts DIR
 * reads every DIR/*.jpg with one tesseract reader (network cut); prints one JSON line
 * { startMs, perPhotoMs[], texts[], peakRssMiB }.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createTesseractReader } from '../../cloudfunctions/core/reading/tesseract-reader'

async function main(): Promise<void> {
  const dir = process.argv[2]!
  const files = readdirSync(dir).filter((f) => f.endsWith('.jpg')).sort()
  const started = performance.now()
  const reader = await createTesseractReader()
  const startMs = performance.now() - started
  const perPhotoMs: number[] = []
  const texts: string[] = []
  for (const file of files) {
    const image = readFileSync(join(dir, file))
    const t = performance.now()
    texts.push((await reader.read(image)).text)
    perPhotoMs.push(performance.now() - t)
  }
  await reader.close()
  process.stdout.write(`${JSON.stringify({ startMs, perPhotoMs, texts, peakRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`)
}

void main()
