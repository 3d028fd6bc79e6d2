/** What reading one evidence photo gives: its text and its layout lines, spaces between Chinese characters removed. */
export interface TextReading {
  text: string
  lines: string[]
}

/** Reads the text of images; one reader is started once and reused, then closed. */
export interface TextReader {
  /** Rejects when the image cannot be decoded or read: the caller marks that photo's reading failed. */
  read(image: Uint8Array): Promise<TextReading>
  close(): Promise<void>
}

const CJK = '\\u3400-\\u9FFF\\u3000-\\u303F\\uFF00-\\uFFEF'
/** Tesseract spaces out Chinese text (会 议 记 录); a space next to a Chinese character or punctuation is layout. */
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}]) +| +(?=[${CJK}])`, 'g')

export function joinCjk(line: string): string {
  return line.replace(SPACE_NEXT_TO_CJK, '').trim()
}

/** The reader could not be started (e.g. its wasm did not load): no photo can be read until it can. */
export class ReaderUnavailableError extends Error {
  constructor(readonly reason: unknown) {
    super(`识别程序未能启动：${reason instanceof Error ? reason.message : String(reason)}`)
    this.name = 'ReaderUnavailableError'
  }
}
