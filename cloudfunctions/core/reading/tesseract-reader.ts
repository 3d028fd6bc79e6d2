/**
 * The text reader over tesseract.js with the Chinese model of `@tesseract.js-data/chi_sim` (4.0.0_best_int,
 * 1.7 MB: as accurate as the 20 MB model on rendered notices, half the memory; adding `eng` found no more dates on
 * the bench's set and doubled the startup, docs/reading.md). Nothing is fetched at run time:
 * the worker script and the wasm core are required from `tesseract.js` / `tesseract.js-core` in node_modules,
 * the language data is read from the package's folder, and no cache file is written.
 *
 * A cloud function bundle that uses this reader must ship, beside the bundle, what these paths resolve to:
 * `node_modules/tesseract.js` (its `src/`, run as a worker thread), `node_modules/tesseract.js-core` (the
 * `tesseract-core*.js` / `.wasm` files; which one loads depends on the CPU's SIMD support) with their
 * dependencies (`wasm-feature-detect`, `is-url`, `bmp-js`, `zlibjs`, `node-fetch`…), and
 * `node_modules/@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz` — simplest: list
 * `tesseract.js` and `@tesseract.js-data/chi_sim` in the function's package.json dependencies and leave them out
 * of the esbuild bundle (external), as WeChat installs a function's dependencies in the cloud.
 */
import { dirname, join } from 'node:path'
import { createWorker, PSM } from 'tesseract.js'
import { joinCjk, type TextReader, type TextReading } from './text-reader'

/** Where the Chinese model this reader uses lies, resolved from node_modules (never a URL). */
export function chineseModelFolder(): string {
  return join(dirname(require.resolve('@tesseract.js-data/chi_sim/package.json')), '4.0.0_best_int')
}

const IMAGE_SIGNATURES: readonly number[][] = [
  [0xff, 0xd8, 0xff], // JPEG
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x42, 0x4d], // BMP
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP)
]

function looksLikeImage(bytes: Uint8Array): boolean {
  return IMAGE_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))
}

export async function createTesseractReader(): Promise<TextReader> {
  const worker = await createWorker('chi_sim', 1, {
    langPath: chineseModelFolder(),
    gzip: true,
    cacheMethod: 'none',
    errorHandler: () => undefined, // a bad image rejects its own read; the worker stays usable
  })
  await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK, preserve_interword_spaces: '1' })
  return {
    async read(image: Uint8Array): Promise<TextReading> {
      if (image.length < 8 || !looksLikeImage(image)) throw new Error('不是可识别的图片')
      // tesseract.js rejects with a bare string when Leptonica cannot decode the image (a truncated JPEG).
      const { data } = await worker.recognize(Buffer.from(image), {}, { text: true, blocks: true }).catch((error: unknown) => {
        throw error instanceof Error ? error : new Error(`图片无法识别：${String(error)}`)
      })
      const lines = (data.blocks ?? [])
        .flatMap((b) => b.paragraphs.flatMap((p) => p.lines.map((l) => joinCjk(l.text))))
        .filter((l) => l.length > 0)
      return { text: lines.join('\n'), lines }
    },
    async close(): Promise<void> {
      await worker.terminate()
    },
  }
}
