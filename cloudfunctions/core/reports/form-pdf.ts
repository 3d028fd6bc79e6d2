import PDFDocument from 'pdfkit'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { RECHECK_ADDITION, rubricItems, type Rubric, type RubricItem } from '../../../src/shared'
import { beijingTime } from './beijing-time'
import { titleLines } from './form-sheet'
import { pdfFontPath } from './pdf-font'
import type { SocietyForm } from './society-form'

/**
 * One society's whole file as a PDF (A4 portrait): the filled 附件3 form as the printed .xlsx shows it (claims,
 * remarks, self and final scores, the review conclusion, 填报单位（盖章）), then every photo on a page of its own
 * labelled with its item, then the list of the evidence by item. Photos are read one at a time.
 */

export interface PdfEvidenceFile {
  itemId: string
  fileId: string
  /** As the filler chose it (documents) or the photo's file name. */
  name: string
  kind: 'photo' | 'document'
  mime: string
  /** Added during 公示 for a 复核 request: marked 复核补充 on its page and in the list. */
  forRecheck?: boolean
}

const recheckMark = (file: PdfEvidenceFile) => (file.forRecheck ? `（${RECHECK_ADDITION}）` : '')

export interface PdfFigures {
  pages: number
  photos: number
  /** Files listed but not embedded: gone from storage, or photos in a format a PDF cannot hold (WebP). */
  notEmbedded: number
}

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 36
const WIDTH = A4.width - 2 * MARGIN
const BOTTOM = A4.height - MARGIN - 14
const BODY = 8
const PAD = 3
const FONT = 'cjk'
const GREY = '#f0f0f0'
const EMBEDDABLE = new Set(['image/jpeg', 'image/png'])
const PENDING_BYTES = 4 * 1024 * 1024

interface Column {
  header: string
  width: number
  align?: 'center'
  text(item: RubricItem): string
}

function columnsOf(form: SocietyForm): Column[] {
  const entry = (item: RubricItem) => form.items[item.id]
  const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n))
  const remark = (item: RubricItem) =>
    [entry(item)?.remark, entry(item)?.comment && `审核意见：${entry(item)!.comment}`].filter(Boolean).join('\n')
  const columns: (Column | false)[] = [
    { header: '评估指标', width: form.reviewed ? 108 : 124, text: (i) => `${i.id} ${i.indicator}` },
    { header: '分值', width: 26, align: 'center', text: (i) => String(i.max) },
    { header: '评分标准', width: 120, text: (i) => i.criterion },
    { header: '填报内容', width: form.reviewed ? 110 : 124, text: (i) => entry(i)?.claim ?? '' },
    { header: '自评', width: 30, align: 'center', text: (i) => num(entry(i)?.self) },
    form.reviewed && { header: '审核得分', width: 40, align: 'center', text: (i) => num(entry(i)?.final) },
  ]
  const fixed = columns.filter((c): c is Column => c !== false)
  const used = fixed.reduce((w, c) => w + c.width, 0)
  return [...fixed, { header: '备注', width: WIDTH - used, text: remark }]
}

export async function writeFormPdf(
  out: Writable,
  rubric: Rubric,
  form: SocietyForm,
  files: readonly PdfEvidenceFile[],
  read: (fileId: string) => Promise<Buffer | null>,
): Promise<PdfFigures> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: `${form.year}年度自评表-${form.societyName}` } })
  doc.pipe(out)
  doc.registerFont(FONT, pdfFontPath())
  doc.font(FONT)
  const columns = columnsOf(form)
  // pdfkit keeps producing while the file is written: let what it made of the last photo reach `out` first,
  // so that the PDF is never held whole in memory (9 photos on each of 38 items are 100+ MB).
  const written = async () => {
    while (doc.readableLength > PENDING_BYTES) await new Promise((resolve) => setTimeout(resolve, 5))
  }

  const cellHeight = (text: string, width: number, size = BODY) => doc.fontSize(size).heightOfString(text || ' ', { width: width - 2 * PAD }) + 2 * PAD
  const drawRow = (texts: string[], widths: number[], opts: { fill?: string; size?: number; aligns?: ('center' | undefined)[] } = {}) => {
    const size = opts.size ?? BODY
    const height = Math.max(...texts.map((t, i) => cellHeight(t, widths[i]!, size)))
    if (doc.y + height > BOTTOM) {
      doc.addPage()
      drawHeader()
    }
    const top = doc.y
    let x = MARGIN
    texts.forEach((text, i) => {
      const w = widths[i]!
      if (opts.fill) doc.rect(x, top, w, height).fill(opts.fill)
      doc.rect(x, top, w, height).lineWidth(0.5).stroke('#333333')
      doc.fillColor('#000000').fontSize(size).text(text, x + PAD, top + PAD, { width: w - 2 * PAD, align: opts.aligns?.[i] ?? 'left' })
      x += w
    })
    doc.x = MARGIN
    doc.y = top + height
  }
  const widths = columns.map((c) => c.width)
  const drawHeader = () =>
    drawRow(
      columns.map((c) => c.header),
      widths,
      { fill: GREY, size: BODY + 0.5, aligns: columns.map(() => 'center' as const) },
    )
  const spanRow = (text: string, fill: string) => drawRow([text], [WIDTH], { fill, size: BODY + 0.5 })

  // Heading lines, the society, 填报人 and 手机号, as on paper.
  const [title1, title2] = titleLines(rubric)
  doc.fontSize(11).text(rubric.attachment)
  doc.moveDown(0.3).fontSize(15).text(title1, { align: 'center' }).text(title2, { align: 'center' })
  doc.moveDown(0.5).fontSize(10).text(`学会名称：${form.societyName}`)
  doc.text(`填报人：${form.fillerName}        手机号：${form.fillerPhone}`)
  doc.moveDown(0.4)
  drawHeader()
  for (const a of rubric.aGroups) {
    spanRow(`${a.id} ${a.name}（${a.max}分）`, '#e3ecf9')
    for (const b of a.bGroups) {
      spanRow(`${b.id} ${b.name}（${b.max}分）`, '#f7f7f7')
      for (const item of b.items) drawRow(columns.map((c) => c.text(item)), widths, { aligns: columns.map((c) => c.align) })
    }
    for (const item of a.items) drawRow(columns.map((c) => c.text(item)), widths, { aligns: columns.map((c) => c.align) })
  }
  const totals = ['合计', String(rubric.total), '', '', String(form.self.total), ...(form.reviewed ? [String(form.final?.total ?? '')] : []), '']
  drawRow(totals, widths, { fill: GREY, aligns: columns.map(() => 'center' as const) })

  doc.moveDown(0.8).fontSize(10)
  if (form.reviewed && form.final) {
    const when = beijingTime(form.reviewedAt)
    doc.text(`审核结论：审核得分${form.final.total}分（满分${rubric.total}分），等级：${form.grade}。审核员：${form.reviewerName}${when ? `，${when}` : ''}`)
    doc.moveDown(0.8)
  }
  if (doc.y + 40 > BOTTOM) doc.addPage()
  const stampY = doc.y + 10
  doc.text('填报单位（盖章）：', MARGIN, stampY)
  doc.text('日期：        年    月    日', MARGIN + WIDTH / 2, stampY)
  doc.x = MARGIN

  // Every photo on a page of its own, labelled with its item and wording.
  const items = new Map(rubricItems(rubric).map((i) => [i.id, i]))
  const perItem = new Map<string, PdfEvidenceFile[]>()
  for (const f of files) perItem.set(f.itemId, [...(perItem.get(f.itemId) ?? []), f])
  const missing = new Set<string>()
  let photos = 0
  for (const [itemId, list] of perItem) {
    const shown = list.filter((f) => f.kind === 'photo')
    for (const [k, file] of shown.entries()) {
      const bytes = EMBEDDABLE.has(file.mime) ? await read(file.fileId) : null
      if (!bytes) {
        missing.add(file.fileId)
        continue
      }
      doc.addPage()
      doc.fontSize(10).text(`${itemId} ${items.get(itemId)?.indicator ?? ''}`, { width: WIDTH })
      doc.fontSize(8).fillColor('#555555').text(`照片 ${k + 1}/${shown.length}：${file.name}${recheckMark(file)}`, { width: WIDTH }).fillColor('#000000')
      const top = doc.y + 6
      doc.image(bytes, MARGIN, top, { fit: [WIDTH, BOTTOM - top], align: 'center', valign: 'center' })
      photos++
      await written()
    }
  }

  // The list of the evidence by item.
  doc.addPage()
  doc.fontSize(13).text(`${form.societyName} ${form.year}年度证明材料清单`, { align: 'center' })
  doc.moveDown(0.5)
  if (files.length === 0) doc.fontSize(10).text('没有上传证明材料。')
  for (const [itemId, list] of perItem) {
    if (doc.y + 30 > BOTTOM) doc.addPage()
    doc.fontSize(10).text(`${itemId} ${items.get(itemId)?.indicator ?? ''}`, { width: WIDTH })
    for (const [k, f] of list.entries()) {
      const note = missing.has(f.fileId) ? (EMBEDDABLE.has(f.mime) || f.kind === 'document' ? '（文件缺失）' : '（此格式不能放入PDF，见证明材料压缩包）') : ''
      doc.fontSize(8.5).text(`    ${k + 1}. ${f.kind === 'photo' ? '照片' : '文件'}：${f.name}${recheckMark(f)}${note}`, { width: WIDTH })
    }
    doc.moveDown(0.3)
  }

  // 第 n 页，共 N 页 on every page.
  const range = doc.bufferedPageRange()
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i)
    doc.page.margins.bottom = 0 // writing in the margin would otherwise start a new page
    doc.fontSize(8).fillColor('#666666').text(`第 ${i + 1} 页，共 ${range.count} 页`, MARGIN, A4.height - MARGIN, { width: WIDTH, align: 'center', lineBreak: false })
  }
  doc.end()
  await finished(out)
  return { pages: range.count, photos, notEmbedded: missing.size }
}
