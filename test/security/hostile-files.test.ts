import { checkEvidenceBytes } from '../../cloudfunctions/core/evidence/inspect'
import { photoHash } from '../../cloudfunctions/core/evidence/photo-hash'
import { DOCUMENT_ZIP_LIMITS, IMPORT_ZIP_LIMITS, MAX_PHOTO_PIXELS } from '../../cloudfunctions/core/files/limits'
import { readImportFile } from '../../cloudfunctions/core/import/read-import-file'
import { sheetSizeCounter } from '../../cloudfunctions/core/import/sheet-size'
import ExcelJS from 'exceljs'
import { deflateRawSync } from 'node:zlib'
import { docxFile, xlsxFile } from '../fixtures/evidence-files'
import {
  contentTypesBomb,
  interlacedPngBomb,
  jpegDeclaring,
  jpegOf,
  jpegWithNoiseScan,
  manyEntries,
  mildDeflated,
  officeWith,
  pngDeclaring,
  pngPhoto,
  webpDeclaring,
  zerosDeflated,
} from '../fixtures/hostile-files'

/**
 * Every file a user sends is inspected within fixed limits before anything trusts it (issue 19): zip bombs by
 * entry size, total, count and ratio, for evidence documents and import files alike; pixel bombs of each image
 * type; truncated images; headers that lie. Each is refused with a message naming the file and the limit, while
 * the process's memory stays within a stated bound.
 */
const MiB = 1024 * 1024
/** What inspecting one hostile file may add to the process's peak memory (a bomb would add gigabytes). */
const MEMORY_BOUND = 200 * MiB

/** Runs `work` sampling the process's resident memory; answers its outcome and the peak above the start. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ outcome: T | Error; peakAbove: number }> {
  const start = process.memoryUsage().rss
  let peak = start
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss))
  const timer = setInterval(sample, 2)
  try {
    const outcome = await work().catch((error: Error) => error)
    sample()
    return { outcome, peakAbove: peak - start }
  } finally {
    clearInterval(timer)
  }
}

const evidencePath = (name: string) => `evidence/society-1/2022/B1.2/${name}`
const asEvidence = (bytes: Uint8Array, name: string, chosen?: string) => () => checkEvidenceBytes(bytes, evidencePath(name), chosen)

describe('zip bombs sent as evidence documents', () => {
  it('refuses the issue’s .xlsx whose [Content_Types].xml inflates to 4 GiB (declaring 1 KB), in bounded memory', async () => {
    const bomb = contentTypesBomb()
    expect(bomb.length).toBeLessThan(5 * MiB)
    const { outcome, peakAbove } = await withPeakMemory(asEvidence(bomb, 'a1.xlsx', '报表.xlsx'))
    expect(outcome).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: '“报表.xlsx”中的“[Content_Types].xml”解压后超过 50 MB，可能是压缩炸弹，未保存',
    })
    expect(peakAbove).toBeLessThan(MEMORY_BOUND)
  })

  it('refuses an entry that declares its size honestly beyond the cap before inflating a byte', async () => {
    const bomb = officeWith({ name: 'word/document.xml', data: zerosDeflated(60), declaredSize: 60 * MiB })
    await expect(asEvidence(bomb, 'a2.docx', '总结.docx')()).rejects.toMatchObject({
      message: '“总结.docx”中的“word/document.xml”解压后超过 50 MB，可能是压缩炸弹，未保存',
    })
  })

  it('refuses a package whose parts together inflate beyond 100 MB, each part within its own caps', async () => {
    const part = (i: number) => ({ name: `xl/worksheets/sheet${i}.xml`, data: mildDeflated(40), declaredSize: 40 * MiB })
    const bomb = officeWith(part(1), part(2), part(3))
    const { outcome, peakAbove } = await withPeakMemory(asEvidence(bomb, 'a3.xlsx', '报表.xlsx'))
    expect(outcome).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '“报表.xlsx”解压后超过 100 MB，可能是压缩炸弹，未保存' })
    expect(peakAbove).toBeLessThan(MEMORY_BOUND)
  })

  it('refuses a package of more entries than the cap', async () => {
    await expect(asEvidence(manyEntries(DOCUMENT_ZIP_LIMITS.maxEntries + 1), 'a4.xlsx', '报表.xlsx')()).rejects.toMatchObject({
      message: '“报表.xlsx”包含超过 2000 个压缩条目，可能是压缩炸弹，未保存',
    })
  })

  it('refuses a part inflating more than 200 times its compressed size', async () => {
    const bomb = officeWith({ name: 'xl/sharedStrings.xml', data: zerosDeflated(5), declaredSize: 5 * MiB })
    await expect(asEvidence(bomb, 'a5.xlsx', '报表.xlsx')()).rejects.toMatchObject({
      message: '“报表.xlsx”中的“xl/sharedStrings.xml”压缩比超过 200 倍，可能是压缩炸弹，未保存',
    })
  })

  it('refuses a part whose real size differs from what the directory declares', async () => {
    const lying = officeWith({ name: 'xl/styles.xml', data: zerosDeflated(1), declaredSize: 100 })
    await expect(asEvidence(lying, 'a6.xlsx', '报表.xlsx')()).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: '无法读取“报表.xlsx”：文件已损坏（“xl/styles.xml”的实际大小与目录不符），未保存',
    })
  })

  it('still takes real Word and Excel files', async () => {
    await expect(asEvidence(await docxFile(), 'ok.docx')()).resolves.toMatchObject({ extension: 'docx' })
    await expect(asEvidence(await xlsxFile(), 'ok.xlsx')()).resolves.toMatchObject({ extension: 'xlsx' })
  })
})

describe('zip bombs sent as an import list, refused before exceljs sees them', () => {
  it('refuses the issue’s sheet inflating to 256 MiB, in bounded memory', async () => {
    const bomb = officeWith({ name: 'xl/worksheets/sheet1.xml', data: zerosDeflated(256), declaredSize: 4096 })
    expect(bomb.length).toBeLessThan(2 * MiB)
    const { outcome, peakAbove } = await withPeakMemory(() => readImportFile(bomb, '学会名单.xlsx'))
    expect(outcome).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: '“学会名单.xlsx”中的“xl/worksheets/sheet1.xml”解压后超过 10 MB，可能是压缩炸弹，未导入',
    })
    expect(peakAbove).toBeLessThan(MEMORY_BOUND)
  })

  it('refuses by total, by entry count and by ratio', async () => {
    const part = (i: number) => ({ name: `xl/worksheets/sheet${i}.xml`, data: mildDeflated(8), declaredSize: 8 * MiB })
    await expect(readImportFile(officeWith(part(1), part(2), part(3)), '名单.xlsx')).rejects.toMatchObject({
      message: '“名单.xlsx”解压后超过 20 MB，可能是压缩炸弹，未导入',
    })
    await expect(readImportFile(manyEntries(IMPORT_ZIP_LIMITS.maxEntries + 1), '名单.xlsx')).rejects.toMatchObject({
      message: '“名单.xlsx”包含超过 500 个压缩条目，可能是压缩炸弹，未导入',
    })
    const ratio = officeWith({ name: 'xl/worksheets/sheet1.xml', data: zerosDeflated(3), declaredSize: 3 * MiB })
    await expect(readImportFile(ratio, '名单.xlsx')).rejects.toMatchObject({
      message: '“名单.xlsx”中的“xl/worksheets/sheet1.xml”压缩比超过 200 倍，可能是压缩炸弹，未导入',
    })
  })
})

describe('import lists too long for exceljs, refused by counting before it reads them', () => {
  it('refuses a workbook of more than 2000 rows, naming the file and the limit', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('名单')
    sheet.addRow(['学会名称', '联系人', '联系电话'])
    for (let i = 0; i < 2000; i++) sheet.addRow([`学会${i}`, '张三', '13800138000'])
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    await expect(readImportFile(bytes, '名单.xlsx')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: '“名单.xlsx”的工作表超过 2000 行（一次最多导入 1000 行学会），未导入：请删去空行和无关的列，或分成几个文件',
    })
  })

  it('refuses one row of 60 000 cells', async () => {
    const cells = Array.from({ length: 60_000 }, (_, i) => `<c r="A${i}"/>`).join('')
    const xml = `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`
    const bytes = officeWith({ name: 'xl/worksheets/sheet1.xml', data: deflateRawSync(xml), declaredSize: xml.length })
    await expect(readImportFile(bytes, '名单.xlsx')).rejects.toMatchObject({ message: expect.stringContaining('“名单.xlsx”的工作表超过 50000 个单元格') })
  })

  it('counts rows and cells alike however the inflated text is cut into chunks', () => {
    const xml = Buffer.from('<sheetData><row r="1"><c r="A1"/><x:c r="B1"></x:c></row><row r="2"><col/><c/></row></sheetData>')
    for (let cut = 1; cut < xml.length; cut++) {
      const counter = sheetSizeCounter()
      const read = counter.readerOf('xl/worksheets/sheet1.xml')!
      read(xml.subarray(0, cut))
      read(xml.subarray(cut))
      expect(counter.totals()).toEqual({ rows: 2, cells: 3 })
    }
  })

  it('reads a CSV of 2 MB of line breaks or of a million short rows in bounded memory', async () => {
    const breaks = Buffer.from(`学会名称\n${'\n'.repeat(2 * MiB - 20)}`)
    const blank = await withPeakMemory(() => readImportFile(breaks, '名单.csv'))
    expect(blank.outcome).toMatchObject({ message: '表格里除了表头没有学会' })
    expect(blank.peakAbove).toBeLessThan(MEMORY_BOUND)
    const rows = Buffer.from(`学会名称\n${'a\n'.repeat(MiB - 20)}`)
    const long = await withPeakMemory(() => readImportFile(rows, '名单.csv'))
    expect(long.outcome).toMatchObject({ message: '表格超过 1000 行学会，一次最多导入 1000 行，请分成几个文件' })
    expect(long.peakAbove).toBeLessThan(MEMORY_BOUND)
  })
})

describe('pixel bombs, truncated images and headers that lie', () => {
  const MP = MAX_PHOTO_PIXELS / 10_000
  it.each([
    ['a PNG of 20000 × 20000', 'p.png', () => pngDeclaring(20000, 20000), '20000 × 20000'],
    ['a JPEG declaring 60000 × 60000', 'p.jpg', () => jpegDeclaring(60000, 60000), '60000 × 60000'],
    ['a WebP (VP8X) of 16384 × 16384', 'p.webp', () => webpDeclaring('VP8X', 16384, 16384), '16384 × 16384'],
    ['a lossless WebP (VP8L) of 16384 × 16384', 'p.webp', () => webpDeclaring('VP8L', 16384, 16384), '16384 × 16384'],
    ['a lossy WebP (VP8) of 16383 × 16383', 'p.webp', () => webpDeclaring('VP8 ', 16383, 16383), '16383 × 16383'],
  ])('refuses %s by its header, before any pixel is decoded', async (_, name, make, size) => {
    await expect(asEvidence(make(), name)()).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: `“${name}”有 ${size} 像素，超过 ${MP} 万像素的上限，未保存`,
    })
  })

  it('takes a photo of 50 MP exactly by its header (10000 × 5000)', async () => {
    await expect(asEvidence(webpDeclaring('VP8X', 10000, 5000), 'p.webp')()).resolves.toMatchObject({ mime: 'image/webp' })
  })

  it.each([
    ['a JPEG', 'p.jpg', () => jpegOf(320, 240)],
    ['a PNG', 'p.png', () => pngPhoto(320, 240)],
  ])('refuses %s cut short, saying it is incomplete', async (_, name, make) => {
    const whole = make()
    await expect(asEvidence(whole, name)()).resolves.toMatchObject({ kind: 'photo' })
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6))
    await expect(asEvidence(cut, name)()).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: `“${name}”文件不完整（可能上传时被截断），未保存`,
    })
  })

  it('refuses text named .jpg as no image at all', async () => {
    await expect(asEvidence(Buffer.from('这不是照片'.repeat(100)), 'p.jpg')()).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('只能上传 JPEG、PNG、WebP 照片'),
    })
  })

  it('finds that a JPEG whose headers are whole but whose scan is noise does not decode', () => {
    expect(photoHash(jpegWithNoiseScan())).toEqual({ undecodable: true, dhash: null })
    expect(photoHash(jpegOf(320, 240))).toMatchObject({ undecodable: false, dhash: expect.stringMatching(/^[0-9a-f]{16}$/) })
  })

  it('finds that a small interlaced PNG whose data inflates to 1 GiB does not decode, in bounded memory', async () => {
    const { outcome, peakAbove } = await withPeakMemory(async () => photoHash(interlacedPngBomb()))
    expect(outcome).toEqual({ undecodable: true, dhash: null })
    expect(peakAbove).toBeLessThan(MEMORY_BOUND)
  })

  it('decodes a photo for its hash only up to 4 MP: a larger one is compared by its exact bytes', () => {
    expect(photoHash(jpegDeclaring(2310, 1732))).toEqual({ undecodable: false, dhash: null })
    expect(photoHash(jpegOf(2309, 1732))).toMatchObject({ dhash: expect.stringMatching(/^[0-9a-f]{16}$/) })
  })
})
