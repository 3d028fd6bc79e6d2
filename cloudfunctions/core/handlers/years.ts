import {
  ActionError,
  DEFAULT_GRADE_BANDS,
  FIRST_FORM_YEAR,
  bandProblems,
  fillingClosedReason,
  findRubric,
  isCalendarDate,
  rubricYears,
  type Rubric,
  type YearSettings,
} from '../../../src/shared'
import type { Ports, YearRecord } from '../ports'
import { nowIso } from './records'

/** The year a store with no years record runs: the first form's, open, no deadline, default grade bands. */
export function implicitFirstYear(at: string): YearRecord {
  return {
    year: FIRST_FORM_YEAR,
    status: 'open',
    rubricFrom: null,
    deadline: null,
    extensions: {},
    gradeBands: DEFAULT_GRADE_BANDS.map((b) => ({ ...b })),
    openedAt: at,
    closedAt: null,
    updatedAt: at,
  }
}

export interface LoadedYear {
  record: YearRecord
  rubric: Rubric
}

/** What is wrong with a stored year record; empty when it can be used. */
export function yearRecordProblems(record: YearRecord): string[] {
  const problems: string[] = []
  const { year, rubricFrom } = record
  if (rubricFrom === null && !rubricYears().includes(year)) problems.push(`没有${year}年度自己的评分标准，须注明由哪一年度顺延`)
  if (rubricFrom !== null && (rubricFrom >= year || !findRubric(rubricFrom))) {
    problems.push(`评分标准来源年度${rubricFrom}不正确`)
  }
  if (record.deadline !== null && !isCalendarDate(record.deadline)) problems.push(`填报截止日期“${record.deadline}”不正确`)
  for (const [societyId, date] of Object.entries(record.extensions)) {
    if (!isCalendarDate(date)) problems.push(`学会${societyId}的延期日期“${date}”不正确`)
  }
  problems.push(...bandProblems(record.gradeBands))
  return problems
}

/**
 * A stored year checked as it is read, like the 2022 rubric when its module loads: a damaged record fails
 * loudly (INTERNAL) instead of scoring with a wrong rubric. The rubric is the shared engine's for that year.
 */
export function loadYear(record: YearRecord): LoadedYear {
  const problems = yearRecordProblems(record)
  // findRubric validates a rolled-over rubric when it is first made.
  const rubric = findRubric(record.year)
  if (problems.length > 0 || !rubric) {
    throw new Error(`${record.year}年度设置有误：${problems.join('；') || '没有评分标准'}`)
  }
  return { record, rubric }
}

/** Every year, oldest first; a store with none has the first form's year. */
export async function listYearRecords(ctx: Pick<Ports, 'store' | 'clock'>): Promise<YearRecord[]> {
  const records = await ctx.store.listYears()
  if (records.length === 0) return [implicitFirstYear(nowIso(ctx))]
  if (!records.some((r) => r.year === FIRST_FORM_YEAR) && records.every((r) => r.year > FIRST_FORM_YEAR)) {
    return [implicitFirstYear(nowIso(ctx)), ...records]
  }
  return records
}

/** The year from its stored record (null: not stored), as findYear reads it. */
export function yearOf(ctx: Pick<Ports, 'clock'>, year: number, stored: YearRecord | null): LoadedYear | null {
  if (stored) return loadYear(stored)
  return year === FIRST_FORM_YEAR ? loadYear(implicitFirstYear(nowIso(ctx))) : null
}

export async function findYear(ctx: Pick<Ports, 'store' | 'clock'>, year: number): Promise<LoadedYear | null> {
  return yearOf(ctx, year, await ctx.store.getYear(year))
}

/** The year from its stored record (already read), refused when it is not open for filling in. */
export function requireYearOf(ctx: Pick<Ports, 'clock'>, year: number, stored: YearRecord | null): LoadedYear {
  const found = yearOf(ctx, year, stored)
  if (!found) throw new ActionError('NOT_FOUND', `${year}年度尚未开放填报`)
  return found
}

export async function requireYear(ctx: Pick<Ports, 'store' | 'clock'>, year: number): Promise<LoadedYear> {
  return requireYearOf(ctx, year, await ctx.store.getYear(year))
}

/** The current year: the latest one opened. */
export async function currentYear(ctx: Pick<Ports, 'store' | 'clock'>): Promise<LoadedYear> {
  const records = await listYearRecords(ctx)
  return loadYear(records[records.length - 1]!)
}

/** Refuses a filler's change once the year is closed or the society's deadline has passed. */
export function requireFillingOpen(ctx: Pick<Ports, 'clock'>, record: YearRecord, societyId: string): void {
  const reason = fillingClosedReason(record, societyId, ctx.clock.now())
  if (reason) throw new ActionError('DEADLINE_PASSED', reason)
}

/** Refuses review changes in a closed year: its results are frozen. */
export function requireReviewOpen(record: YearRecord): void {
  if (record.status === 'closed') {
    throw new ActionError('INVALID_STATE', `${record.year}年度已结束，审核结果已冻结，不能再修改`)
  }
}

export function yearSettings({ record, rubric }: LoadedYear): YearSettings {
  const { updatedAt: _updated, ...settings } = record
  return { ...settings, title: rubric.title, reminderDaysBefore: record.reminderDaysBefore ?? [] }
}
