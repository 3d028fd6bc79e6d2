import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { photographPage, type EvidencePage } from '../../bench/reading/evidence-pages'
import { createTesseractReader } from '../../cloudfunctions/core/reading/tesseract-reader'
import type { TextReader } from '../../cloudfunctions/core/reading/text-reader'
import { findDates, outsideYear } from '../../src/shared/reading'

jest.setTimeout(60_000)

const EVEN_LOOK = { turn: 1.5, blurPx: 0.5, shade: 0.25, jpegQuality: 75 }

function page(lines: string[]): EvidencePage {
  return { name: 'test', lines, dates: [] }
}

const MEETING_2022 = photographPage(page(['支部大会记录', '时间：2022年3月15日', '地点：学会会议室']), EVEN_LOOK)
const MEETING_2021 = photographPage(page(['会议记录', '时间：二〇二一年十月九日', '联系电话：13977123456']), EVEN_LOOK)

describe('the tesseract reader on generated photos', () => {
  let reader: TextReader
  beforeAll(async () => {
    reader = await createTesseractReader()
  })
  afterAll(async () => {
    await reader.close()
  })

  it('reads the text and the date of a meeting record, Chinese characters without spaces between them', async () => {
    const reading = await reader.read(MEETING_2022)
    expect(reading.lines.length).toBeGreaterThanOrEqual(3)
    expect(reading.text).toContain('支部大会记录')
    expect(findDates(reading.text)).toEqual(['2022-03-15'])
    expect(outsideYear(findDates(reading.text), 2022)).toBe(false)
  })

  it('flags a record dated outside the assessment year', async () => {
    const dates = findDates((await reader.read(MEETING_2021)).text)
    expect(dates).toEqual(['2021-10-09'])
    expect(outsideYear(dates, 2022)).toBe(true)
  })

  it('rejects what is no image, and a truncated JPEG, and reads the next photo as before', async () => {
    await expect(reader.read(new TextEncoder().encode('这不是图片，是一段文字'))).rejects.toThrow()
    await expect(reader.read(new Uint8Array(0))).rejects.toThrow()
    await expect(reader.read(MEETING_2022.subarray(0, 200))).rejects.toThrow(/图片无法识别/)
    expect(findDates((await reader.read(MEETING_2022)).text)).toEqual(['2022-03-15'])
  })
})

describe('reading with the network cut', () => {
  it('starts and reads from node_modules alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reading-offline-'))
    try {
      writeFileSync(join(dir, 'a.jpg'), MEETING_2022)
      const root = join(__dirname, '../..')
      const args = ['--require', join(root, 'bench/reading/no-network.cjs'), join(root, 'bench/support/ocr-run.ts'), dir]
      const out = execFileSync(join(root, 'node_modules/.bin/tsx'), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      expect(findDates((JSON.parse(out) as { texts: string[] }).texts[0]!)).toEqual(['2022-03-15'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
