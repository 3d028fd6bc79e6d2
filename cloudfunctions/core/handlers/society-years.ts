import { deadlineFor, fillingClosedReason, gradeFor, isEditable, type SocietyYear } from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import type { SubmissionRecord, YearRecord } from '../ports'
import { callerSocietyId } from './records'
import { listYearRecords, loadYear } from './years'
import { finalScoreOf } from '../domain/final-score'

/** The society's form of a year as its home lists it: the final total and grade only once reviewed. */
function formOf(record: SubmissionRecord | null, year: YearRecord): SocietyYear['submission'] {
  if (!record) return null
  const reviewed = record.status === 'reviewed'
  const finalTotal = reviewed ? (record.finalTotal ?? finalScoreOf(record)?.total ?? null) : null
  return {
    status: record.status,
    selfTotal: record.selfScore.total,
    finalTotal,
    grade: finalTotal === null ? null : gradeFor(finalTotal, year.gradeBands),
  }
}

async function societyYear(ctx: CallContext, societyId: string, year: YearRecord): Promise<SocietyYear> {
  const { rubric } = loadYear(year)
  const record = await ctx.store.findSubmission(societyId, year.year)
  const open = !record || isEditable(record.status)
  return {
    year: year.year,
    title: rubric.title,
    yearStatus: year.status,
    deadline: deadlineFor(year, societyId),
    closedReason: open ? fillingClosedReason(year, societyId, ctx.clock.now()) : null,
    submission: formOf(record, year),
  }
}

export const societyYearHandlers: Pick<Handlers, 'submission.years'> = {
  'submission.years': async (_input, ctx) => {
    const societyId = callerSocietyId(ctx)
    const records = await listYearRecords(ctx)
    const years = await Promise.all([...records].reverse().map((year) => societyYear(ctx, societyId, year)))
    return { current: records[records.length - 1]!.year, years }
  },
}
