import { QUARTERS, quarterCoverage, yearOf, type Quarter } from '../../shared/reading'
import type { EvidenceReading, EvidenceReadings } from '../../shared'

const QUARTER_NAMES: Record<Quarter, string> = { 1: '第一季度', 2: '第二季度', 3: '第三季度', 4: '第四季度' }

/** `2021-03-15` → 2021年3月15日, `2021-03` → 2021年3月. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-')
  return d ? `${y}年${Number(m)}月${Number(d)}日` : `${y}年${Number(m)}月`
}

/** 这张照片上的日期是2021年 (or 2020年、2021年): said of a photo whose every date lies outside the year. */
export function outsideYearNotice(reading: EvidenceReading): string {
  const years = [...new Set(reading.dates.map(yearOf))].sort((a, b) => a - b)
  return `这张照片上的日期是${years.map((y) => `${y}年`).join('、')}`
}

/** One photo's reading in a line: what the filler and the reviewer see under the photos. */
export function readingLine(reading: EvidenceReading | undefined, year: number): string {
  if (!reading) return '未识别（上传于识别功能之前）'
  if (reading.status === 'pending') return '正在识别照片上的文字和日期…'
  if (reading.status === 'failed') return '未能识别文字（不影响这张照片作为证明材料）'
  if (reading.outsideYear) return `${outsideYearNotice(reading)}，不在${year}年度内`
  if (reading.dates.length === 0) return '未识别出日期'
  return `日期：${reading.dates.map(formatDate).join('、')}`
}

export interface QuarterSummary {
  /** Per quarter of the year, the dates found in it (already formatted), in quarter order. */
  quarters: { name: string; dates: string[] }[]
  /** 第三季度未见记录, …: one sentence per quarter with no date. */
  missing: string[]
}

/** For items that count events per quarter (B6.3): the dates the item's photos show, per quarter of the year. */
export function quarterSummary(photoIds: readonly string[], readings: EvidenceReadings, year: number): QuarterSummary {
  const dates = [...new Set(photoIds.flatMap((id) => (readings[id]?.status === 'done' ? readings[id].dates : [])))].sort()
  const coverage = quarterCoverage(dates, year)
  return {
    quarters: QUARTERS.map((q) => ({ name: QUARTER_NAMES[q], dates: coverage.byQuarter[q].map(formatDate) })),
    missing: coverage.missing.map((q) => `${QUARTER_NAMES[q]}未见记录`),
  }
}

/** Whether any photo of the list is still waiting to be read. */
export const anyPending = (photoIds: readonly string[], readings: EvidenceReadings): boolean =>
  photoIds.some((id) => readings[id]?.status === 'pending')
