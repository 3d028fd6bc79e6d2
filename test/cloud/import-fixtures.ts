import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'

/** Import files as Excel and WPS write them, for the import tests (unit and end to end). */

export type Cell = string | number | { formula: string; result?: string | number } | null

export async function xlsxOf(rows: readonly (readonly Cell[])[], sheetName = '学会名单'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName)
  for (const row of rows) sheet.addRow(row.map((c) => c ?? undefined))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export const csvText = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n'

export const csvUtf8 = (rows: readonly (readonly string[])[]) => Buffer.from(csvText(rows), 'utf8')
export const csvUtf8Bom = (rows: readonly (readonly string[])[]) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csvUtf8(rows)])
/** As Excel on Chinese Windows saves "CSV (逗号分隔)". */
export const csvGbk = (rows: readonly (readonly string[])[]) => iconv.encode(csvText(rows), 'gbk')

/** `count` societies with a contact and a valid mobile each: 自治区测试学会001 … */
export const societyRows = (count: number, prefix = '自治区测试学会'): string[][] =>
  Array.from({ length: count }, (_, i) => [
    `${prefix}${String(i + 1).padStart(3, '0')}`,
    `联系人${i + 1}`,
    `139${String(i).padStart(8, '0')}`,
  ])
