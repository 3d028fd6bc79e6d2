import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { PassThrough } from 'node:stream'
import { getRubric } from '../../src/shared'
import { CONTENTS_NAME, writeEvidenceArchive } from '../../cloudfunctions/core/reports/evidence-archive'
import { jpegPhoto } from '../fixtures/evidence-files'

const YEAR = 2022
const at = (itemId: string, name: string) => `local:evidence/soc-1/${YEAR}/${itemId}/${name}`
const FIRST = at('B1.1', 'a.jpeg')
const GONE = at('B1.1', 'b.png')
const ADDED = at('B6.3', 'c.pdf')

async function archive(): Promise<{ zip: JSZip; figures: { files: number; missing: number } }> {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (chunk: Buffer) => chunks.push(chunk))
  const subject = {
    year: YEAR,
    societyName: '自治区农学会',
    evidence: { 'B1.1': [FIRST, GONE], 'B6.3': [ADDED] },
    evidenceFiles: { [ADDED]: { forRecheck: true } },
  }
  const files: Record<string, Buffer> = { [FIRST]: jpegPhoto(1), [ADDED]: Buffer.from('%PDF-1.4 test') }
  const figures = await writeEvidenceArchive(out, getRubric(YEAR), subject, async (id) => files[id] ?? null)
  return { zip: await JSZip.loadAsync(Buffer.concat(chunks)), figures }
}

describe('one society’s evidence as a .zip', () => {
  it('names each file by item and place, keeps its bytes, and lists every file in the contents sheet with its state', async () => {
    const { zip, figures } = await archive()
    expect(figures).toEqual({ files: 2, missing: 1 })
    expect(Object.keys(zip.files).sort()).toEqual(['B1.1-1.jpg', 'B6.3-1.pdf', CONTENTS_NAME].sort())
    expect(Buffer.from(await zip.file('B1.1-1.jpg')!.async('uint8array')).equals(jpegPhoto(1))).toBe(true)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await zip.file(CONTENTS_NAME)!.async('arraybuffer'))
    const sheet = workbook.getWorksheet('目录')!
    expect(sheet.getCell('A1').value).toBe(`自治区农学会 ${YEAR}年度证明材料目录`)
    const rows = [3, 4, 5].map((n) => [1, 2, 4, 5].map((c) => sheet.getRow(n).getCell(c).value))
    expect(rows).toEqual([
      ['B1.1-1.jpg', 'B1.1', '已收入', FIRST],
      [null, 'B1.1', '文件缺失', GONE],
      ['B6.3-1.pdf', 'B6.3', '已收入（复核补充）', ADDED],
    ])
  })
})
