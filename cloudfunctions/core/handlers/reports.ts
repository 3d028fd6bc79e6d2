import { ActionError, rubricItems } from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import { evidencePath, formPath, resultsPath } from '../reports/report-paths'
import { callerSocietyId } from './records'
import { requireYear } from './years'

/** exceljs and jszip load only when a report is made: the other cloud functions never need them. */
const reports = () => import('../reports')

/** How many items the dashboard lists by out-of-year evidence. */
const OUTSIDE_YEAR_ITEMS = 10

/** A filler gets only its own society's form; a reviewer or an admin names the society. */
function formSociety(ctx: CallContext, societyId: string | undefined): string {
  if (ctx.caller.user?.role === 'filler') {
    const own = callerSocietyId(ctx)
    if (societyId !== undefined && societyId !== own) throw new ActionError('FORBIDDEN', '只能导出本学会的自评表')
    return own
  }
  if (!societyId) throw new ActionError('INVALID_INPUT', '请指定学会（学会编号）')
  return societyId
}

export const reportHandlers: Pick<Handlers, 'report.form' | 'report.results' | 'report.evidence' | 'report.dashboard'> = {
  'report.form': async ({ year, societyId }, ctx) => {
    await requireYear(ctx, year)
    const target = formSociety(ctx, societyId)
    const { loadSocietyForm, exportForm, formFileName } = await reports()
    const form = await loadSocietyForm(ctx.store, year, target)
    const fileName = formFileName(form)
    const saved = await ctx.reportFiles.saveReport(formPath(year, target), fileName, (out) => exportForm(form, out))
    const score = form.final ? `审核得分${form.final.total}分，${form.grade}` : `自评${form.self.total}分`
    return { ...saved, fileName, summary: `${form.societyName}（${form.statusLabel}，${score}）` }
  },

  'report.results': async ({ year }, ctx) => {
    await requireYear(ctx, year)
    const { exportResults } = await reports()
    const fileName = `${year}年度学会工作绩效评价结果.xlsx`
    let figures = { societies: 0, submissions: 0 }
    const saved = await ctx.reportFiles.saveReport(resultsPath(year), fileName, async (out) => {
      figures = await exportResults(ctx.store, year, out)
    })
    return { ...saved, fileName, summary: `${figures.societies}个学会（${figures.submissions}份填报）` }
  },

  'report.evidence': async ({ year, societyId }, ctx) => {
    const { rubric } = await requireYear(ctx, year)
    const [society, record] = await Promise.all([ctx.store.getSociety(societyId), ctx.store.findSubmission(societyId, year)])
    if (!society) throw new ActionError('NOT_FOUND', '没有这个学会')
    if (!record) throw new ActionError('NOT_FOUND', `${society.name}还没有填写${year}年度的自评表`)
    const { writeEvidenceArchive } = await reports()
    const fileName = `${year}年度证明材料-${society.name.replace(/[\\/:*?"<>|]/g, '_')}.zip`
    let figures = { files: 0, missing: 0 }
    const subject = { year, societyName: society.name, evidence: record.evidence, evidenceFiles: record.evidenceFiles }
    const saved = await ctx.reportFiles.saveReport(evidencePath(year, societyId), fileName, async (out) => {
      figures = await writeEvidenceArchive(out, rubric, subject, (id) => ctx.reportFiles.readEvidence(id))
    })
    const missing = figures.missing > 0 ? `，${figures.missing}个文件已不存在` : ''
    return { ...saved, fileName, summary: `${society.name}：${figures.files}个文件${missing}` }
  },

  'report.dashboard': async ({ year }, ctx) => {
    const { rubric } = await requireYear(ctx, year)
    const { dashboardStats, reportSource } = await reports()
    const [stats, outside] = await Promise.all([dashboardStats(await reportSource(ctx.store, year)), ctx.store.countOutsideYear(year)])
    const indicators = new Map(rubricItems(rubric).map((item) => [item.id, item.indicator]))
    const outsideYearItems = outside
      .slice(0, OUTSIDE_YEAR_ITEMS)
      .map(({ itemId, photos, societies }) => ({ id: itemId, indicator: indicators.get(itemId) ?? '', photos, societies }))
    return { ...stats, outsideYearItems }
  },
}
