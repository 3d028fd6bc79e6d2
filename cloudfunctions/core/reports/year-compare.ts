import { gradeFor, type Dashboard, type GradeBand, type GradeChange, type YearComparison } from '../../../src/shared'
import type { SocietyRecord, SubmissionRecord } from '../ports'
import { finalTotalOf as finalTotal } from './previous-totals'

/** One year's reviewed totals per society, with the grade under that year's bands. */
export interface YearResults {
  bands: readonly GradeBand[]
  reviewed: readonly SubmissionRecord[]
}

/** Societies reviewed in both years whose grade differs, the greatest moves first, then by name. */
export function gradeChanges(now: YearResults, before: YearResults, societies: readonly SocietyRecord[]): GradeChange[] {
  const names = new Map(societies.map((s) => [s.id, s.name]))
  const earlier = new Map(before.reviewed.map((r) => [r.societyId, r]))
  const rank = (label: string) => now.bands.findIndex((b) => b.label === label)
  return now.reviewed
    .flatMap((record): GradeChange[] => {
      const old = earlier.get(record.societyId)
      if (!old) return []
      const total = finalTotal(record)
      const previousTotal = finalTotal(old)
      const grade = gradeFor(total, now.bands)
      const previousGrade = gradeFor(previousTotal, before.bands)
      if (grade === previousGrade) return []
      // A better grade sits earlier in the bands; a label that is no longer one is compared by the totals.
      const [r, p] = [rank(grade), rank(previousGrade)]
      const up = p >= 0 ? r < p : total > previousTotal
      const societyName = names.get(record.societyId) ?? record.societyId
      return [{ societyId: record.societyId, societyName, submissionId: record.id, previousGrade, grade, previousTotal, total, direction: up ? 'up' : 'down' }]
    })
    .sort((a, b) => Math.abs(b.total - b.previousTotal) - Math.abs(a.total - a.previousTotal) || a.societyName.localeCompare(b.societyName, 'zh-CN'))
}

/** The dashboard of `now` beside the one of the year before (null: there is none). */
export function compareYears(now: Dashboard, before: Dashboard | null, changes: GradeChange[]): YearComparison {
  const previousGroups = new Map(before?.groups.map((g) => [g.id, g.average]))
  const previousGrades = new Map(before?.grades.map((g) => [g.label, g.count]))
  const grades = now.grades.map((g) => ({ label: g.label, count: g.count, previousCount: previousGrades.get(g.label) ?? 0 }))
  // A band the year before had and this year has not is still shown, with none this year.
  for (const g of before?.grades ?? []) {
    if (!grades.some((shown) => shown.label === g.label)) grades.push({ label: g.label, count: 0, previousCount: g.count })
  }
  return {
    year: now.year,
    previousYear: before?.year ?? null,
    groups: now.groups.map((g) => ({ ...g, previousAverage: before ? (previousGroups.get(g.id) ?? null) : null })),
    counted: now.counted,
    previousCounted: before?.counted ?? 0,
    grades,
    changes,
  }
}
