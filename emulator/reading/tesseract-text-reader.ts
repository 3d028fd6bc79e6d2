import { dirname, join } from 'node:path'
import { createWorker, OEM } from 'tesseract.js'
import type { ClosableReader } from './reading-worker'

/**
 * The emulator's text reader: tesseract.js with the Chinese and English models of node_modules (the
 * `4.0.0_best_int` Chinese model), nothing fetched, nothing cached to disk. Tesseract runs on its own worker
 * thread. (To be replaced by core/reading's createTesseractReader once that lands: same engine, same model.)
 */
export async function emulatorTextReader(): Promise<ClosableReader> {
  const langPath = join(dirname(require.resolve('@tesseract.js-data/chi_sim/package.json')), '4.0.0_best_int')
  const worker = await createWorker('chi_sim', OEM.LSTM_ONLY, { langPath, cacheMethod: 'none', gzip: true })
  return {
    async read(image) {
      const { data } = await worker.recognize(Buffer.from(image), {}, { text: true, blocks: true })
      const lines = (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines.map((l) => l.text.trim())))
      return { text: data.text, lines: lines.filter(Boolean) }
    },
    close: async () => {
      await worker.terminate()
    },
  }
}
