import { rubricItems, type Dashboard, type ScoreSummary } from '../../../src/shared'
import type { ReportSource } from './report-source'
import { finalScoreOf } from '../domain/final-score'

/** Width of the histogram's bins, in points; the last bin closes at the rubric's maximum. */
export const HISTOGRAM_STEP = 10
/** How many of the weakest items the dashboard lists. */
export const WEAK_ITEMS = 10

const round1 = (n: number) => Math.round(n * 10) / 10

/**
 * The year's figures, read page by page: status counts over every registered society; the histogram,
 * group averages and weakest items over the submitted, returned and reviewed forms (final scores once reviewed).
 */
export async function dashboardStats(source: ReportSource): Promise<Dashboard> {
  const { rubric, bands } = source
  const items = rubricItems(rubric)
  const statusCounts = { notStarted: 0, draft: 0, submitted: 0, returned: 0, reviewed: 0 }
  const groupSums = new Map<string, number>()
  const itemSums = new Map<string, number>()
  const below = new Map<string, number>()
  const totals: number[] = []
  const started = new Set<string>()

  for await (const page of source.pages()) {
    for (const record of page) {
      started.add(record.societyId)
      statusCounts[record.status] += 1
      if (record.status === 'draft') continue
      const score: ScoreSummary = (record.status === 'reviewed' ? finalScoreOf(record) : null) ?? record.selfScore
      totals.push(score.total)
      for (const [id, value] of Object.entries(score.groups)) groupSums.set(id, (groupSums.get(id) ?? 0) + value)
      for (const item of items) {
        const value = score.items[item.id] ?? 0
        itemSums.set(item.id, (itemSums.get(item.id) ?? 0) + value)
        if (value < item.max) below.set(item.id, (below.get(item.id) ?? 0) + 1)
      }
    }
  }
  statusCounts.notStarted = source.societies.filter((s) => !started.has(s.id)).length
  const counted = totals.length
  const average = (sum: number | undefined) => (counted === 0 ? 0 : round1((sum ?? 0) / counted))

  const histogram: Dashboard['histogram'] = []
  for (let from = 0; from < rubric.total; from += HISTOGRAM_STEP) {
    const to = Math.min(from + HISTOGRAM_STEP, rubric.total)
    const last = to === rubric.total
    histogram.push({ from, to, count: totals.filter((t) => t >= from && (last ? t <= to : t < to)).length })
  }
  const groups: Dashboard['groups'] = rubric.aGroups.flatMap((a) => [
    { id: a.id, name: a.name, level: 'A' as const, max: a.max, average: average(groupSums.get(a.id)) },
    ...a.bGroups.map((b) => ({ id: b.id, name: b.name, level: 'B' as const, max: b.max, average: average(groupSums.get(b.id)) })),
  ])
  const weakItems = items
    .map((item) => ({ id: item.id, indicator: item.indicator, max: item.max, below: below.get(item.id) ?? 0, average: average(itemSums.get(item.id)) }))
    .filter((item) => item.below > 0)
    .sort((a, b) => b.below - a.below || a.average / a.max - b.average / b.max)
    .slice(0, WEAK_ITEMS)
  const grades = bands.map((band, i) => {
    const upper = bands[i - 1]?.min ?? Infinity
    return { label: band.label, min: band.min, count: totals.filter((t) => t >= band.min && t < upper).length }
  })
  return { year: source.year, societies: source.societies.length, statusCounts, counted, histogram, grades, groups, weakItems }
}
