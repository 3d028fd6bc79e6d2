import ExcelJS from 'exceljs'

/** Opens workbook bytes with exceljs, as a reader of the file would. */
export async function openWorkbook(bytes: Buffer | string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  if (typeof bytes === 'string') await workbook.xlsx.readFile(bytes)
  else await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  return workbook
}

/** Every merged range of a sheet, e.g. `A8:A13`. */
export const mergesOf = (sheet: ExcelJS.Worksheet): string[] =>
  (sheet.model as unknown as { merges: string[] }).merges ?? []

export const text = (sheet: ExcelJS.Worksheet, address: string): string => {
  const value = sheet.getCell(address).value
  return value === null || value === undefined ? '' : String(value)
}
