import type { Writable } from 'node:stream'
import { ActionError, findRubric } from '../../../src/shared'
import type { Store } from '../ports'
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

export { writeEvidenceArchive, type ArchiveFigures } from './evidence-archive'
export { dashboardStats } from './dashboard-stats'
export { reportSource } from './report-source'
export { compareYears, gradeChanges } from './year-compare'
