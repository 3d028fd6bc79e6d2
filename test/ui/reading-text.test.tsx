import { formatDate, outsideYearNotice, quarterSummary, readingLine } from '../../src/components/evidence-readings/reading-text'
import type { EvidenceReading } from '../../src/shared'

const done = (dates: string[], outsideYear = false): EvidenceReading => ({ status: 'done', text: '', dates, outsideYear })

describe('what the reading list says of a photo', () => {
  it('writes dates the way the form does', () => {
    expect(formatDate('2021-03-05')).toBe('2021年3月5日')
    expect(formatDate('2022-12')).toBe('2022年12月')
  })

  it('names the years of a photo dated outside the year', () => {
    expect(outsideYearNotice(done(['2021-03-15', '2020-12', '2021-04-01'], true))).toBe('这张照片上的日期是2020年、2021年')
    expect(readingLine(done(['2021-03-15'], true), 2022)).toBe('这张照片上的日期是2021年，不在2022年度内')
  })

  it('says pending, failed, no date, the dates, and unread for photos older than reading', () => {
    expect(readingLine({ status: 'pending', text: '', dates: [], outsideYear: false }, 2022)).toBe('正在识别照片上的文字和日期…')
    expect(readingLine({ status: 'failed', text: '', dates: [], outsideYear: false }, 2022)).toBe('未能识别文字（不影响这张照片作为证明材料）')
    expect(readingLine(done([]), 2022)).toBe('未识别出日期')
    expect(readingLine(done(['2022-03-18', '2022-06']), 2022)).toBe('日期：2022年3月18日、2022年6月')
    expect(readingLine(undefined, 2022)).toBe('未识别（上传于识别功能之前）')
  })

  it('sums up the quarters of the item’s photos, naming those without a record; other years and unread photos count for none', () => {
    const readings = {
      a: done(['2022-03-18', '2021-08-01'], false),
      b: done(['2022-06-20', '2022-03-18']),
      c: done(['2022-12']),
      d: { status: 'pending' as const, text: '', dates: ['2022-08-01'], outsideYear: false },
      other: done(['2022-09-01']),
    }
    const summary = quarterSummary(['a', 'b', 'c', 'd'], readings, 2022)
    expect(summary.quarters).toEqual([
      { name: '第一季度', dates: ['2022年3月18日'] },
      { name: '第二季度', dates: ['2022年6月20日'] },
      { name: '第三季度', dates: [] },
      { name: '第四季度', dates: ['2022年12月'] },
    ])
    expect(summary.missing).toEqual(['第三季度未见记录'])
  })
})
