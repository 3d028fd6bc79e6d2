import ExcelJS, { type CellValue } from 'exceljs'

/** A cell as the text the user sees: a formula's cached result (never evaluated), rich text joined, dates as dates. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('formula' in value || 'sharedFormula' in value) {
    const { result } = value as { result?: CellValue }
    if (result !== undefined && result !== null && typeof result === 'object' && 'error' in result) return ''
    return result === undefined ? '' : cellText(result as CellValue)
  }
  if ('text' in value) return String(value.text)
  if ('error' in value) return ''
  return ''
}

/** A formula cell the file holds no computed result for (saved by a program that does not compute formulas). */
export interface UncomputedFormula {
  row: number
  /** 1-based column. */
  column: number
  formula: string
}

const uncomputedFormula = (value: CellValue): string | null => {
  if (value === null || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value)) return null
  const { result, formula, sharedFormula } = value as { result?: unknown; formula?: string; sharedFormula?: string }
  return result === undefined || result === null ? `=${formula ?? sharedFormula ?? ''}` : null
}

/**
 * Every row of the first worksheet that has any cell, as text cells with the sheet's own row numbers; and the
 * formula cells without a computed result (read as empty), so that they can be named instead of reported as blank.
 */
export async function readXlsxTable(bytes: Uint8Array): Promise<{ table: { row: number; cells: string[] }[]; uncomputed: UncomputedFormula[] }> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const sheet = workbook.worksheets.find((ws) => ws.rowCount > 0) ?? workbook.worksheets[0]
  if (!sheet) return { table: [], uncomputed: [] }
  const rows: { row: number; cells: string[] }[] = []
  const uncomputed: UncomputedFormula[] = []
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value)
      const formula = uncomputedFormula(cell.value)
      if (formula) uncomputed.push({ row: row.number, column, formula })
    })
    rows.push({ row: row.number, cells: Array.from(cells, (c) => c ?? '') })
  })
  return { table: rows, uncomputed }
}
