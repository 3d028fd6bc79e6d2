import type { EntryReader } from '../files/zip-inspect'

/**
 * How many rows and cells an import workbook's worksheets hold, counted from their XML as it inflates, before
 * exceljs (which builds an object per row and cell, on the request's thread) reads any of it. A list of 1000
 * societies is about 1000 rows of 3–10 cells; these caps leave room for blank formatted rows and extra columns.
 */
export const MAX_SHEET_ROWS = 2000
export const MAX_SHEET_CELLS = 50_000

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/
/** A `<row …>` or `<c …>` start tag, with or without a namespace prefix. */
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c)[\s/>]/g
/** Long enough to hold the start of any tag TAG matches that a chunk boundary cuts. */
const CARRY = 40

export function sheetSizeCounter() {
  let rows = 0
  let cells = 0
  const count = (text: string, before: number) => {
    for (const match of text.matchAll(TAG)) {
      if (match.index >= before) break
      if (match[1] === 'row') rows++
      else cells++
    }
  }
  /** A reader per worksheet: counts tags that start before the last CARRY characters, carrying those over. */
  const reader = (): EntryReader & { end(): void } => {
    let carry = ''
    const read = (chunk: Buffer) => {
      const text = carry + chunk.toString('latin1')
      const before = Math.max(0, text.length - CARRY)
      count(text, before)
      carry = text.slice(before)
    }
    return Object.assign(read, { end: () => count(carry, carry.length) })
  }
  const readers: ReturnType<typeof reader>[] = []
  return {
    readerOf: (name: string): EntryReader | undefined => {
      if (!WORKSHEET.test(name)) return undefined
      const next = reader()
      readers.push(next)
      return next
    },
    /** The rows and cells of every worksheet read. */
    totals() {
      readers.splice(0).forEach((r) => r.end())
      return { rows, cells }
    },
  }
}
