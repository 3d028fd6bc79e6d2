import { ActionError, HEADER_SEARCH_ROWS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, rowsFromTable, type ImportTable } from '../../../src/shared'
import { parseCsv } from './csv'
import { IMPORT_ZIP_LIMITS } from '../files/limits'
import { requireSaneZip } from '../files/refuse'
import { decodeCsvBytes } from './decode-text'
import { MAX_SHEET_CELLS, MAX_SHEET_ROWS, sheetSizeCounter } from './sheet-size'
import { readXlsxTable, type UncomputedFormula } from './xlsx'

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
const isOldExcel = (bytes: Uint8Array) => bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0

const tooManyRows = (count: string) =>
  new ActionError('INVALID_INPUT', `表格${count}学会，一次最多导入 ${MAX_IMPORT_ROWS} 行，请分成几个文件`)

/**
 * The societies listed in an uploaded .xlsx or .csv (recognised by content, the name only for the message).
 * The one parser of import files: the cloud function and the emulator both call it through admin.readImportFile.
 */
export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<ImportTable> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ActionError('PAYLOAD_TOO_LARGE', `文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，请删去无关的列或分成几个文件`)
  }
  if (isOldExcel(bytes)) throw new ActionError('INVALID_INPUT', `“${fileName}”是旧版 .xls 文件：请在 Excel 中另存为 .xlsx 或 CSV 后再导入`)
  let table: { row: number; cells: string[] }[]
  let uncomputed: UncomputedFormula[] = []
  if (isZip(bytes)) {
    // Every part inflated through a counter within the caps before exceljs, which inflates them whole, sees it.
    const sheets = sheetSizeCounter()
    await requireSaneZip(bytes, fileName, IMPORT_ZIP_LIMITS, '未导入', sheets.readerOf)
    const { rows, cells } = sheets.totals()
    if (rows > MAX_SHEET_ROWS || cells > MAX_SHEET_CELLS) {
      const size = rows > MAX_SHEET_ROWS ? `超过 ${MAX_SHEET_ROWS} 行` : `超过 ${MAX_SHEET_CELLS} 个单元格`
      throw new ActionError('INVALID_INPUT', `“${fileName}”的工作表${size}（一次最多导入 ${MAX_IMPORT_ROWS} 行学会），未导入：请删去空行和无关的列，或分成几个文件`)
    }
    try {
      ;({ table, uncomputed } = await readXlsxTable(bytes))
    } catch {
      throw new ActionError('INVALID_INPUT', `无法读取“${fileName}”：文件已损坏，或不是 Excel 表格`)
    }
  } else {
    // A header and the most rows one import takes: a longer list is refused before it is held whole.
    const csv = parseCsv(decodeCsvBytes(bytes), MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS)
    if (csv.more) throw tooManyRows(`超过 ${MAX_IMPORT_ROWS} 行`)
    table = csv.rows
  }
  const read = rowsFromTable(table)
  if ('error' in read) throw new ActionError('INVALID_INPUT', read.error)
  refuseUncomputedFormulas(read.headerRow, uncomputed)
  if (read.rows.length === 0) throw new ActionError('INVALID_INPUT', '表格里除了表头没有学会')
  if (read.rows.length > MAX_IMPORT_ROWS) throw tooManyRows(`有 ${read.rows.length} 行`)
  return read
}

const columnLetter = (column: number): string =>
  (column > 26 ? columnLetter(Math.floor((column - 1) / 26)) : '') + String.fromCharCode(65 + ((column - 1) % 26))

/**
 * A formula cell below the header with no computed result would read as empty (a society "without a name"): the
 * file is refused naming the cells and what to do, rather than reporting a blank that the sheet does not show.
 */
function refuseUncomputedFormulas(headerRow: number, uncomputed: readonly UncomputedFormula[]): void {
  const below = uncomputed.filter((f) => f.row > headerRow)
  if (below.length === 0) return
  const named = below.slice(0, 3).map((f) => `${columnLetter(f.column)}${f.row}（${f.formula}）`).join('、')
  const more = below.length > 3 ? `等${below.length}个单元格` : ''
  throw new ActionError(
    'INVALID_INPUT',
    `${named}${more}是公式，文件里没有保存计算结果，无法读出内容：请在 Excel 或 WPS 中打开后保存一次，或把这些单元格“粘贴为数值”后再导入`,
  )
}
