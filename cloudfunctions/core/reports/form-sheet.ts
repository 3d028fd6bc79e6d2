import type { AddWorksheetOptions, Alignment, Borders, Font, Worksheet } from 'exceljs'
import { rubricItems, type Rubric, type RubricItem } from '../../../src/shared'
import { beijingTime } from './beijing-time'
import { setSafe, type CellValue } from './safe-cell'
import type { SocietyForm } from './society-form'
import { lineCount, lineHeight } from './text-fit'

/** 附件3's table as the paper has it, filled in: one worksheet per society (streamed or not). */

export interface FormSheetOptions {
  /** A 证明材料 column counting each item's evidence files (the year's results workbook has it). */
  evidenceColumn: boolean
}

type ColumnKey = 'a' | 'b' | 'c' | 'max' | 'criterion' | 'claim' | 'self' | 'final' | 'remark' | 'evidence'

interface Column {
  key: ColumnKey
  header: string
  width: number
}

const FONT_NAME = '宋体'
const BODY: Partial<Font> = { name: FONT_NAME, size: 10.5 }
const BOLD: Partial<Font> = { ...BODY, bold: true, size: 11 }
const THIN = { style: 'thin' as const }
const BOX: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN }
const CENTER: Partial<Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true }
const LEFT: Partial<Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true }

/** Where the column headings sit; printed again at the top of every page. */
export const HEADER_ROWS = [6, 7] as const

function columnsOf(form: SocietyForm, options: FormSheetOptions): Column[] {
  const columns: (Column | false)[] = [
    { key: 'a', header: 'A级指标', width: 8 },
    { key: 'b', header: 'B级指标', width: 9.5 },
    { key: 'c', header: 'C级指标', width: 20 },
    { key: 'max', header: '分值', width: 5 },
    { key: 'criterion', header: '评分标准', width: 22 },
    { key: 'claim', header: '填报内容', width: 20 },
    { key: 'self', header: '自评', width: 6 },
    form.reviewed && { key: 'final', header: '审核得分', width: 7 },
    { key: 'remark', header: '备注', width: form.reviewed ? 14 : 16 },
    options.evidenceColumn && { key: 'evidence', header: '证明材料（份）', width: 7 },
  ]
  return columns.filter((c): c is Column => c !== false)
}

/** 自治区学会（协会、研究会）2022年度 / 工作绩效评价自评表: the form's title split as the paper prints it. */
export function titleLines(rubric: Rubric): [string, string] {
  const at = rubric.title.indexOf('年度')
  return at < 0 ? [rubric.title, ''] : [rubric.title.slice(0, at + 2), rubric.title.slice(at + 2)]
}

/** The 备注 cell: the society's remark, and once reviewed the reviewer's comment. */
const remarkText = (form: SocietyForm, itemId: string): string => {
  const item = form.items[itemId]
  if (!item) return ''
  return [item.remark, item.comment && `审核意见：${item.comment}`].filter(Boolean).join('\n')
}

export function writeFormSheet(sheet: Worksheet, rubric: Rubric, form: SocietyForm, options: FormSheetOptions): void {
  const columns = columnsOf(form, options)
  const col = (key: ColumnKey) => columns.findIndex((c) => c.key === key) + 1
  const last = columns.length
  const widthOf = (from: ColumnKey, to: ColumnKey = from) =>
    columns.slice(col(from) - 1, col(to)).reduce((w, c) => w + c.width, 0)
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }))

  const cell = (row: number, column: number, value: CellValue, font = BODY, alignment = CENTER) => {
    const target = sheet.getCell(row, column)
    setSafe(target, value)
    target.font = font
    target.alignment = alignment
    return target
  }
  const boxRow = (row: number) => {
    for (let c = 1; c <= last; c++) sheet.getCell(row, c).border = BOX
  }
  const merge = (top: number, left: number, bottom: number, right: number) => {
    if (top !== bottom || left !== right) sheet.mergeCells(top, left, bottom, right)
  }

  // Heading lines, the society, 填报人 and 手机号.
  const [title1, title2] = titleLines(rubric)
  cell(1, 1, rubric.attachment, { name: '黑体', size: 12 }, LEFT)
  merge(1, 1, 1, 2)
  cell(2, 1, title1, { name: FONT_NAME, size: 16, bold: true })
  merge(2, 1, 2, last)
  cell(3, 1, title2, { name: FONT_NAME, size: 16, bold: true })
  merge(3, 1, 3, last)
  sheet.getRow(2).height = 26
  sheet.getRow(3).height = 26
  cell(4, 1, `学会名称：${form.societyName}`, BODY, LEFT)
  merge(4, 1, 4, last)
  const half = col('criterion')
  cell(5, 1, `填报人：${form.fillerName}`, BODY, LEFT)
  merge(5, 1, 5, half - 1)
  cell(5, half, `手机号：${form.fillerPhone}`, BODY, LEFT)
  merge(5, half, 5, last)
  sheet.getRow(4).height = 20
  sheet.getRow(5).height = 20

  // Column headings: 评估指标 over A级 / B级 / C级, the others over both heading rows.
  const [h1, h2] = HEADER_ROWS
  cell(h1, 1, '评估指标', BOLD)
  merge(h1, 1, h1, col('c'))
  for (const c of columns.slice(col('c'))) {
    cell(h1, col(c.key), c.header, BOLD)
    merge(h1, col(c.key), h2, col(c.key))
  }
  for (const key of ['a', 'b', 'c'] as const) cell(h2, col(key), columns[col(key) - 1]!.header, BOLD)
  boxRow(h1)
  boxRow(h2)
  sheet.getRow(h1).height = 20
  sheet.getRow(h2).height = 20

  // One row per item; the A and B cells merged over their rows.
  let row = h2 + 1
  const itemRow = (item: RubricItem, indicatorFrom: ColumnKey) => {
    const entry = form.items[item.id]
    cell(row, col(indicatorFrom), item.indicator, BODY, LEFT)
    merge(row, col(indicatorFrom), row, col('c'))
    cell(row, col('max'), item.max)
    cell(row, col('criterion'), item.criterion, BODY, LEFT)
    const claim = entry?.claim ?? ''
    cell(row, col('claim'), claim, BODY, LEFT)
    cell(row, col('self'), entry?.self ?? null)
    if (form.reviewed) cell(row, col('final'), entry?.final ?? null)
    const remark = remarkText(form, item.id)
    cell(row, col('remark'), remark, BODY, LEFT)
    if (options.evidenceColumn) cell(row, col('evidence'), entry?.evidence ?? 0)
    boxRow(row)
    const lines = Math.max(
      lineCount(item.indicator, widthOf(indicatorFrom, 'c')),
      lineCount(item.criterion, widthOf('criterion')),
      lineCount(claim, widthOf('claim')),
      lineCount(remark, widthOf('remark')),
    )
    sheet.getRow(row).height = lines * lineHeight(10.5) + 6
    row++
  }
  for (const a of rubric.aGroups) {
    const aTop = row
    for (const b of a.bGroups) {
      const bTop = row
      b.items.forEach((item) => itemRow(item, 'c'))
      cell(bTop, col('b'), `${b.id}\n${b.name}\n${b.max}分`)
      merge(bTop, col('b'), row - 1, col('b'))
    }
    a.items.forEach((item) => itemRow(item, 'b'))
    cell(aTop, col('a'), `${a.id} ${a.name}\n（${a.max}分）`)
    merge(aTop, col('a'), row - 1, col('a'))
  }

  // 合计.
  cell(row, 1, '合计', BOLD)
  merge(row, 1, row, col('c'))
  cell(row, col('max'), rubric.total, BOLD)
  cell(row, col('self'), form.self.total, BOLD)
  if (form.reviewed && form.final) cell(row, col('final'), form.final.total, BOLD)
  if (options.evidenceColumn) {
    const files = rubricItems(rubric).reduce((n, item) => n + (form.items[item.id]?.evidence ?? 0), 0)
    cell(row, col('evidence'), files, BOLD)
  }
  boxRow(row)
  sheet.getRow(row).height = 22

  // Once reviewed, the result; then the line to sign and stamp.
  row += 1
  if (form.reviewed && form.final) {
    const when = beijingTime(form.reviewedAt)
    const text = `审核结论：审核得分${form.final.total}分（满分${rubric.total}分），等级：${form.grade}。审核员：${form.reviewerName}${when ? `，${when}` : ''}`
    cell(row, 1, text, BODY, LEFT)
    merge(row, 1, row, last)
    sheet.getRow(row).height = lineCount(text, widthOf('a', columns[last - 1]!.key)) * lineHeight(10.5) + 6
    row += 1
  }
  row += 1
  cell(row, 1, '填报单位（盖章）：', BODY, LEFT)
  merge(row, 1, row, col('c'))
  cell(row, col('criterion'), '日期：        年    月    日', BODY, LEFT)
  merge(row, col('criterion'), row, last)
  sheet.getRow(row).height = 36

  sheet.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' }
}

/**
 * Options for `addWorksheet` (a streamed sheet writes its views and print properties when it is added):
 * A4 portrait, fit to the page's width, the column headings repeated on every printed page and kept in sight.
 */
export const FORM_SHEET_OPTIONS: Partial<AddWorksheetOptions> = {
  views: [{ state: 'frozen', ySplit: HEADER_ROWS[1] }],
  pageSetup: {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${HEADER_ROWS[0]}:${HEADER_ROWS[1]}`,
  },
}
