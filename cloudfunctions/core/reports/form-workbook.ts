import ExcelJS from 'exceljs'
import type { Writable } from 'node:stream'
import type { Rubric } from '../../../src/shared'
import { FORM_SHEET_OPTIONS, writeFormSheet } from './form-sheet'
import { sheetNamer } from './sheet-names'
import type { SocietyForm } from './society-form'

/** One society's filled form (附件3) as an .xlsx, streamed to `out`. */
export async function writeFormWorkbook(out: Writable, rubric: Rubric, form: SocietyForm): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
  workbook.creator = '学会绩效自评'
  const sheet = workbook.addWorksheet(sheetNamer()(form.societyName || '自评表'), FORM_SHEET_OPTIONS)
  writeFormSheet(sheet, rubric, form, { evidenceColumn: false })
  sheet.commit()
  await workbook.commit()
}

/** `2022年度自评表-某某学会.xlsx`: what the file is called when downloaded. */
export const formFileName = (form: SocietyForm): string =>
  `${form.year}年度自评表-${form.societyName.replace(/[\\/:*?"<>|]/g, '_') || form.societyId}.xlsx`

export const formPdfFileName = (form: SocietyForm): string => formFileName(form).replace(/\.xlsx$/, '.pdf')
