import ExcelJS, { type AddWorksheetOptions, type Font, type Worksheet } from 'exceljs'
import type { Writable } from 'node:stream'
import { rubricItems, type GradeBand, type Rubric } from '../../../src/shared'
import { beijingDate } from './beijing-time'
import { FORM_SHEET_OPTIONS, titleLines, writeFormSheet } from './form-sheet'
import type { ReportSource } from './report-source'
import { setSafe, type CellValue } from './safe-cell'
import { sheetNamer } from './sheet-names'
import { fillerFinder, societyForm } from './society-form'
import { notStartedRow, rankRows, summaryRow, type SummaryRow } from './summary-rows'
import { changeFromLastYear } from './previous-totals'

/**
 * The year's results: a summary (grades, ranks), the item matrix, then every society's filled form.
 * Streamed: the store is read page by page twice (once for the totals the ranks need, once for the
 * per-society sheets), and each sheet is committed as soon as it is written.
 */

export const SUMMARY_SHEET = '汇总'
export const MATRIX_SHEET = '逐项得分'

const FONT: Partial<Font> = { name: '宋体', size: 10.5 }
const BOLD: Partial<Font> = { ...FONT, bold: true }
const TITLE: Partial<Font> = { name: '宋体', size: 14, bold: true }

export interface ResultsFigures {
  societies: number
  submissions: number
}

const bandsText = (bands: readonly GradeBand[]) =>
  bands.map((b, i) => (i === bands.length - 1 ? `${b.label}＜${bands[i - 1]?.min ?? 0}` : `${b.label}≥${b.min}`)).join('，')

interface RowLook {
  font?: Partial<Font>
  height?: number
  /** A title: one cell merged over this many columns. */
  across?: number
  /** Wrap every cell (headings); otherwise only a title wraps. */
  wrap?: boolean
}

function addRow(sheet: Worksheet, values: CellValue[], { font = FONT, height, across, wrap = false }: RowLook = {}): void {
  const row = sheet.addRow([])
  if (height) row.height = height
  values.forEach((value, i) => {
    const cell = row.getCell(i + 1)
    setSafe(cell, value)
    if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd hh:mm'
    cell.font = font
    cell.alignment = wrap ? { vertical: 'middle', horizontal: 'center', wrapText: true } : { vertical: 'middle', wrapText: Boolean(across) }
  })
  if (across) sheet.mergeCells(row.number, 1, row.number, across)
  row.commit()
}

/** A streamed sheet writes its views and print properties with its first row: they are given when it is added. */
const listSheetOptions = (ySplit: number, xSplit: number, printTitlesRow: string): Partial<AddWorksheetOptions> => ({
  views: [{ state: 'frozen', ySplit, xSplit }],
  pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow },
})

function writeSummary(sheet: Worksheet, source: ReportSource, rows: readonly SummaryRow[]): void {
  const { rubric } = source
  const groups = rubric.aGroups.map((a) => `${a.id} ${a.name}（${a.max}分）`)
  const header = ['排名', '学会名称', '填报人', '手机号', '状态', '自评总分', '审核得分', ...groups, '等级', '上年总分', '变化', '提交时间', '审核时间', '复核']
  sheet.columns = [6, 30, 10, 14, 9, 9, 9, ...groups.map(() => 11), 8, 9, 8, 17, 17, 16].map((width) => ({ width }))
  const reviewed = rows.filter((r) => r.final !== null).length
  addRow(sheet, [`${titleLines(rubric).join('')}结果汇总`], { font: TITLE, height: 24, across: header.length })
  addRow(sheet, [
    `共${rows.length}个学会，已审核${reviewed}个。排名按审核得分，得分相同名次相同；等级：${bandsText(source.bands)}。` +
      `A1–A4小计：已审核的为审核得分，其余为自评分。上年总分：${source.year - 1}年度的审核得分；变化：本年审核得分减上年总分。`,
  ], { height: 30, across: header.length })
  addRow(sheet, header, { font: BOLD, wrap: true, height: 32 })
  for (const r of rows) {
    addRow(sheet, [
      r.rank,
      r.societyName,
      r.fillerName,
      r.fillerPhone,
      r.statusLabel,
      r.answered ? r.self : null,
      r.final,
      ...rubric.aGroups.map((a) => r.groups?.[a.id] ?? null),
      r.grade,
      r.previousTotal ?? null,
      r.change ?? null,
      beijingDate(r.submittedAt),
      beijingDate(r.reviewedAt),
      r.recheck,
    ])
  }
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + rows.length, column: header.length } }
}

function writeMatrix(sheet: Worksheet, rubric: Rubric, rows: readonly SummaryRow[]): void {
  const items = rubricItems(rubric)
  sheet.columns = [30, 9, ...items.map(() => 6), 8].map((width) => ({ width }))
  const width = items.length + 3
  addRow(sheet, [`逐项得分（已审核的为审核得分，其余为自评分；满分见第3行）`], { font: TITLE, height: 24, across: width })
  addRow(sheet, ['学会名称', '状态', ...items.map((i) => i.id), '合计'], { font: BOLD, wrap: true })
  addRow(sheet, ['满分', '', ...items.map((i) => i.max), rubric.total], { font: BOLD })
  for (const r of rows) {
    if (!r.items) continue
    addRow(sheet, [r.societyName, r.statusLabel, ...items.map((i) => r.items?.[i.id] ?? null), r.answered ? (r.final ?? r.self) : null])
  }
}

/** `lastYear`: society id → its final total of the year before (上年总分, 变化). */
export async function writeResultsWorkbook(
  out: Writable,
  source: ReportSource,
  lastYear: ReadonlyMap<string, number> = new Map(),
): Promise<ResultsFigures> {
  const { rubric, bands } = source
  const fillerOf = fillerFinder(source.users)
  const societyById = new Map(source.societies.map((s) => [s.id, s]))
  const formOf = (record: Parameters<typeof fillerOf>[0]) =>
    societyForm(rubric, record, societyById.get(record.societyId) ?? null, fillerOf(record), bands)

  const rows: SummaryRow[] = []
  const started = new Set<string>()
  for await (const page of source.pages()) {
    for (const record of page) {
      rows.push(summaryRow(rubric, formOf(record)))
      started.add(record.societyId)
    }
  }
  for (const society of source.societies) if (!started.has(society.id)) rows.push(notStartedRow(society))
  const ranked = rankRows(rows).map((r) => ({ ...r, ...changeFromLastYear(r.final, lastYear.get(r.societyId)) }))

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
  workbook.creator = '学会绩效自评'
  const nameSheet = sheetNamer()
  const summary = workbook.addWorksheet(nameSheet(SUMMARY_SHEET), listSheetOptions(3, 2, '3:3'))
  writeSummary(summary, source, ranked)
  summary.commit()
  const matrix = workbook.addWorksheet(nameSheet(MATRIX_SHEET), listSheetOptions(3, 1, '2:3'))
  writeMatrix(matrix, rubric, ranked)
  matrix.commit()

  for await (const page of source.pages()) {
    for (const record of page) {
      const form = formOf(record)
      const sheet = workbook.addWorksheet(nameSheet(form.societyName), FORM_SHEET_OPTIONS)
      writeFormSheet(sheet, rubric, form, { evidenceColumn: true })
      sheet.commit()
    }
  }
  await workbook.commit()
  return { societies: ranked.length, submissions: started.size }
}
