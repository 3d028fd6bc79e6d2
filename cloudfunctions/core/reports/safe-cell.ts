import type { Cell } from 'exceljs'

/**
 * Text that a spreadsheet could read as a formula when it is edited or re-saved as CSV (formula
 * injection): anything a society or a reviewer typed that starts with = + - @ (or a tab / carriage return).
 * The lead may unify this with the admin's code-sheet helper.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export const looksLikeFormula = (text: string): boolean => FORMULA_START.test(text)

export type CellValue = string | number | Date | null

/**
 * Puts a value in a cell so that it can never become a formula: numbers stay numbers; strings stay strings
 * (exceljs writes a string value as a string cell, never a formula), and one that looks like a formula also
 * gets the text number format `@`, so that editing the cell in Excel or LibreOffice keeps it as text.
 */
export function setSafe(cell: Cell, value: CellValue): void {
  if (value === null || value === '') {
    cell.value = null
    return
  }
  cell.value = value
  if (typeof value === 'string' && looksLikeFormula(value)) cell.numFmt = '@'
}
