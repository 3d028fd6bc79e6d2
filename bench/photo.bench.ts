/**
 * Photo compression on the H5 path, in Chromium: the app's own compressPhoto (src/features/photos/compress.h5.ts,
 * bundled for the browser) on camera-sized 4000×3000 JPEGs of about 4 MB. Each photo's time, size and long edge.
 */
import { buildSync } from 'esbuild'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { launchChromium } from '../test/e2e/support/browser'
import { cameraJpeg } from '../test/e2e/support/jpeg'
import { KB, figures, type Figure } from './figures'
import { timing } from './measure'
import { ROOT } from './support/project'

const PHOTOS = 5

function compressorScript(): string {
  const out = buildSync({
    stdin: {
      contents: "import { compressPhoto } from './src/features/photos/compress.h5'\n(window as any).compressPhoto = compressPhoto\n",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    absWorkingDir: join(ROOT),
  })
  return out.outputFiles[0]!.text
}

/** The camera-sized JPEG re-encoded at the quality that brings it nearest 4 MB (a phone photo's weight). */
async function aboutFourMegabytes(page: Page, jpeg: Buffer): Promise<Buffer> {
  const base64 = await page.evaluate(async (source) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/jpeg;base64,${source}`)).blob())
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0)
    let best: Blob | null = null
    for (const quality of [0.95, 0.92, 0.9, 0.87, 0.85, 0.82, 0.8]) {
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality })
      if (!best || Math.abs(blob.size - 4e6) < Math.abs(best.size - 4e6)) best = blob
    }
    const bytes = new Uint8Array(await best!.arrayBuffer())
    let text = ''
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return btoa(text)
  }, jpeg.toString('base64'))
  return Buffer.from(base64, 'base64')
}

export default async function run(): Promise<Figure[]> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true })
    // tsx (which runs the benches) names functions with a __name helper that the page does not have.
    await context.addInitScript('window.__name = (f) => f')
    const page = await context.newPage()
    await page.setContent('<!doctype html><title>photo bench</title>')
    await page.addScriptTag({ content: compressorScript() })
    const times: number[] = []
    const inputs: number[] = []
    const outputs: number[] = []
    const edges: number[] = []
    const original = await aboutFourMegabytes(page, await cameraJpeg(context, 4000, 3000, 1))
    for (let run = 1; run <= PHOTOS; run++) {
      inputs.push(original.length)
      const result = await page.evaluate(async (base64) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
        const source = URL.createObjectURL(new Blob([bytes], { type: 'image/jpeg' }))
        const started = performance.now()
        const compressed = await (window as unknown as { compressPhoto: (p: string) => Promise<string> }).compressPhoto(source)
        const ms = performance.now() - started
        const blob = await (await fetch(compressed)).blob()
        const bitmap = await createImageBitmap(blob)
        return { ms, bytes: blob.size, width: bitmap.width, height: bitmap.height }
      }, original.toString('base64'))
      console.log(`photo ${run}: ${(original.length / KB / KB).toFixed(2)} MB 4000×3000 → ${(result.bytes / KB).toFixed(0)} KB ${result.width}×${result.height} in ${result.ms.toFixed(0)} ms`)
      times.push(result.ms)
      outputs.push(result.bytes)
      edges.push(Math.max(result.width, result.height))
    }
    const t = timing(Float64Array.from(times), 1)
    return figures('photo', [
      { name: 'input JPEG 4000×3000', value: Math.min(...inputs), unit: 'B' },
      { name: 'compressed size (largest)', value: Math.max(...outputs), unit: 'B', budget: { max: 400 * KB, text: '≤ 400 KB' } },
      { name: 'compressed long edge (largest)', value: Math.max(...edges), unit: 'px', budget: { max: 1600, text: '≤ 1600 px' } },
      { name: 'compressed long edge (smallest)', value: Math.min(...edges), unit: 'px' },
      { name: 'time per photo p50', value: t.p50, unit: 'ms' },
      { name: 'time per photo max', value: t.max, unit: 'ms' },
    ])
  } finally {
    await browser.close()
  }
}
