import ExcelJS from 'exceljs'
import { setSafe } from './safe-cell'

export interface CodeSheetRow {
  name: string
  bindingCode: string
  contact: string
  phone: string
}

const HEADER = ['学会名称', '绑定码', '联系人', '联系电话']

/** The binding-code sheet the admin hands out: 学会名称 → 绑定码 → 联系人 → 联系电话, one society a row. */
export async function buildCodeSheet(rows: readonly CodeSheetRow[], madeAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.created = madeAt
  const sheet = workbook.addWorksheet('绑定码', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = [{ width: 36 }, { width: 14 }, { width: 12 }, { width: 16 }]
  const put = (r: number, values: readonly string[]) => values.forEach((v, c) => setSafe(sheet.getRow(r).getCell(c + 1), v))
  put(1, HEADER)
  sheet.getRow(1).font = { bold: true }
  rows.forEach((row, i) => put(i + 2, [row.name, row.bindingCode, row.contact, row.phone]))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
