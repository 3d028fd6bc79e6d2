import type { CellValue, Worksheet } from 'exceljs'

/** Text that a spreadsheet program would read as a formula or command: =, +, - or @ first (CSV/formula injection). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A cell value that is stored as written, never as a formula. Strings that begin with = + - @ become rich text,
 * which Excel and WPS show and store as plain text (no leading apostrophe is added to what the reader sees).
 * Every sheet the product writes puts its values through this.
 */
export function safeCell(value: string | number | null | undefined): CellValue {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return value
  return FORMULA_START.test(value) ? { richText: [{ text: value }] } : value
}

/** Appends one row of values, each through safeCell, every cell typed as text where it is text. */
export function addSafeRow(sheet: Worksheet, values: readonly (string | number | null | undefined)[]): void {
  const row = sheet.addRow(values.map(safeCell))
  row.eachCell((cell) => {
    if (typeof cell.value !== 'number') cell.numFmt = '@'
  })
}
