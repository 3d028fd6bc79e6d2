import { ActionError } from '../../../src/shared'
import type { Handlers } from '../handler-types'
import { formPdfPath } from '../reports/report-paths'
import { requireSubmission } from './records'
import { requireYear } from './years'

/** pdfkit and the font load only when a PDF is made. */
const reports = () => import('../reports')

export const reportPdfHandlers: Pick<Handlers, 'report.formPdf'> = {
  /** One society's whole file as a PDF; a filler gets only its own society's. */
  'report.formPdf': async ({ submissionId }, ctx) => {
    const record = await requireSubmission(ctx, submissionId)
    if (ctx.caller.user?.role === 'filler' && ctx.caller.user.societyId !== record.societyId) {
      throw new ActionError('FORBIDDEN', '只能导出本学会的材料')
    }
    await requireYear(ctx, record.year)
    const { loadSocietyForm, loadEvidenceFiles, exportFormPdf, formPdfFileName } = await reports()
    const [form, files] = await Promise.all([
      loadSocietyForm(ctx.store, record.year, record.societyId),
      loadEvidenceFiles(ctx.store, record.year, record.societyId),
    ])
    const fileName = formPdfFileName(form)
    let figures = { pages: 0, photos: 0, notEmbedded: 0 }
    const saved = await ctx.reportFiles.saveReport(formPdfPath(record.year, record.societyId), fileName, async (out) => {
      figures = await exportFormPdf(form, files, (id) => ctx.reportFiles.readEvidence(id), out)
    })
    const missing = figures.notEmbedded > 0 ? `，${figures.notEmbedded}个文件未能放入` : ''
    return { ...saved, fileName, summary: `${form.societyName}：${figures.pages}页，${figures.photos}张照片${missing}` }
  },
}
