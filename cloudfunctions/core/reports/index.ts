import type { Writable } from 'node:stream'
import { ActionError, findRubric, rubricItems } from '../../../src/shared'
import type { Store } from '../ports'
import { writeFormPdf, type PdfEvidenceFile, type PdfFigures } from './form-pdf'
import { writeFormWorkbook } from './form-workbook'
import { gradeBandsFor } from './grade-bands'
import { reportSource } from './report-source'
import { finalTotalsOf } from './previous-totals'
import { writeResultsWorkbook, type ResultsFigures } from './results-workbook'
import { fillerFinder, societyForm, type SocietyForm } from './society-form'

/**
 * The reports, one module for the cloud function, the emulator and the export CLI: each reads the store
 * and streams an .xlsx to `out`.
 */

function rubricOf(year: number) {
  const rubric = findRubric(year)
  if (!rubric) throw new ActionError('NOT_FOUND', `没有${year}年度的自评表`)
  return rubric
}

/** One society's filled form for a year; NOT_FOUND when it has not started one. */
export async function loadSocietyForm(store: Store, year: number, societyId: string): Promise<SocietyForm> {
  const rubric = rubricOf(year)
  const [society, record] = await Promise.all([store.getSociety(societyId), store.findSubmission(societyId, year)])
  if (!society) throw new ActionError('NOT_FOUND', '没有这个学会')
  if (!record) throw new ActionError('NOT_FOUND', `${society.name}还没有填写${year}年度的自评表`)
  const saver = record.lastSavedBy ? await store.getUser(record.lastSavedBy) : null
  const users = saver?.name ? [saver] : await store.listUsers()
  return societyForm(rubric, record, society, fillerFinder(users)(record), await gradeBandsFor(store, year))
}

/** The evidence of a society's form in form order, named and typed as registered (older files by their id). */
export async function loadEvidenceFiles(store: Store, year: number, societyId: string): Promise<PdfEvidenceFile[]> {
  const record = await store.findSubmission(societyId, year)
  if (!record) return []
  return rubricItems(rubricOf(year)).flatMap((item) =>
    (record.evidence[item.id] ?? []).map((fileId) => {
      const info = record.evidenceFiles?.[fileId]
      const name = info?.name || fileId.split('/').pop() || fileId
      const mime = info?.mime ?? (/\.png$/i.test(fileId) ? 'image/png' : /\.jpe?g$/i.test(fileId) ? 'image/jpeg' : 'application/octet-stream')
      const kind = info?.kind ?? (mime.startsWith('image/') ? 'photo' : 'document')
      return { itemId: item.id, fileId, name, kind, mime, ...(info?.forRecheck ? { forRecheck: true } : {}) }
    }),
  )
}

/** One society's whole file (form, photos, list of documents) as a PDF streamed to `out`. */
export async function exportFormPdf(
  form: SocietyForm,
  files: readonly PdfEvidenceFile[],
  read: (fileId: string) => Promise<Buffer | null>,
  out: Writable,
): Promise<PdfFigures> {
  return writeFormPdf(out, rubricOf(form.year), form, files, read)
}

export async function exportForm(form: SocietyForm, out: Writable): Promise<void> {
  await writeFormWorkbook(out, rubricOf(form.year), form)
}

export async function exportResults(store: Store, year: number, out: Writable): Promise<ResultsFigures> {
  rubricOf(year)
  const [source, lastYear] = await Promise.all([reportSource(store, year), finalTotalsOf(store, year - 1)])
  return writeResultsWorkbook(out, source, lastYear)
}

export { formFileName } from './form-workbook'
export type { ResultsFigures } from './results-workbook'
export type { SocietyForm } from './society-form'
export type { PdfEvidenceFile, PdfFigures } from './form-pdf'
/** `2022年度自评表-某某学会.pdf` */
export { formPdfFileName } from './form-workbook'

export { writeEvidenceArchive, type ArchiveFigures } from './evidence-archive'
export { dashboardStats } from './dashboard-stats'
export { reportSource } from './report-source'
export { compareYears, gradeChanges } from './year-compare'
