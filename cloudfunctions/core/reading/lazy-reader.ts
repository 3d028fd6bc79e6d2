import type { PhotoTextReader } from './read-queued'
import { ReaderUnavailableError, type TextReader } from './text-reader'

/** A text reader started with the first photo it is given (Tesseract takes seconds and ~170 MB to start). */
export interface LazyReader extends PhotoTextReader {
  /** Whether a reader is started (or starting) now. */
  readonly started: boolean
  /** When the last read ended (`Date.now()`), 0 before the first. */
  readonly lastUsed: number
  /** Ends the reader if one was started; the next read starts a new one. Never throws. */
  close(): Promise<void>
}

export function lazyReader(makeReader: () => Promise<TextReader>): LazyReader {
  let reader: Promise<TextReader> | null = null
  let lastUsed = 0
  return {
    get started() {
      return reader !== null
    },
    get lastUsed() {
      return lastUsed
    },
    async read(image) {
      // A reader that failed to start is started again for the next photo.
      const starting = (reader ??= makeReader().catch((error: unknown) => {
        reader = null
        throw new ReaderUnavailableError(error)
      }))
      try {
        return await (await starting).read(image)
      } finally {
        lastUsed = Date.now()
      }
    },
    async close() {
      const ending = reader
      reader = null
      if (ending) await ending.then((r) => r.close()).catch((error: unknown) => console.error('[reading] 关闭识别程序出错', error))
    },
  }
}
