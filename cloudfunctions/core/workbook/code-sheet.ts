import ExcelJS from 'exceljs'
import { addSafeRow } from './safe-cell'

export interface CodeSheetRow {
  name: string
  bindingCode: string
  contact: string
  phone: string
}

/** The binding-code sheet the admin hands out: 学会名称 → 绑定码 → 联系人 → 联系电话, one society a row. */
export async function buildCodeSheet(rows: readonly CodeSheetRow[], madeAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.created = madeAt
  const sheet = workbook.addWorksheet('绑定码')
  sheet.columns = [{ width: 36 }, { width: 14 }, { width: 12 }, { width: 16 }]
  addSafeRow(sheet, ['学会名称', '绑定码', '联系人', '联系电话'])
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) addSafeRow(sheet, [row.name, row.bindingCode, row.contact, row.phone])
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
