import type { Handlers } from '../handler-types'
import { gradeBandsFor } from '../reports/grade-bands'
import type { Store } from '../ports'
import { findYear, requireYear } from './years'

const reports = () => import('../reports')

async function reviewedOf(store: Store, year: number) {
  const [bands, submissions] = await Promise.all([gradeBandsFor(store, year), store.listSubmissions(year)])
  return { bands, reviewed: submissions.filter((s) => s.status === 'reviewed') }
}

export const yearCompareHandlers: Pick<Handlers, 'report.compareYears'> = {
  'report.compareYears': async ({ year }, ctx) => {
    await requireYear(ctx, year)
    const { dashboardStats, reportSource, compareYears, gradeChanges } = await reports()
    const now = await dashboardStats(await reportSource(ctx.store, year))
    if (!(await findYear(ctx, year - 1))) return compareYears(now, null, [])
    const [before, resultsNow, resultsBefore] = await Promise.all([
      reportSource(ctx.store, year - 1).then(dashboardStats),
      reviewedOf(ctx.store, year),
      reviewedOf(ctx.store, year - 1),
    ])
    const societies = await ctx.store.listSocieties()
    return compareYears(now, before, gradeChanges(resultsNow, resultsBefore, societies))
  },
}
