/**
 * Where each report is kept in file storage: one place per (year, report, society), so that exporting
 * again replaces the previous file instead of piling files up.
 */
export const REPORTS_PREFIX = 'reports'

export type ReportKind = 'results' | 'forms' | 'evidence'

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/

export const resultsPath = (year: number) => `${REPORTS_PREFIX}/${year}/results/results.xlsx`
export const formPath = (year: number, societyId: string) => `${REPORTS_PREFIX}/${year}/forms/${societyId}.xlsx`
/** One society's whole file as a PDF (issue 22): the filled form, every photo, the list of documents. */
export const formPdfPath = (year: number, societyId: string) => `${REPORTS_PREFIX}/${year}/forms/${societyId}.pdf`
export const evidencePath = (year: number, societyId: string) => `${REPORTS_PREFIX}/${year}/evidence/${societyId}.zip`

export interface ReportLocation {
  year: number
  kind: ReportKind
  /** The society a form or archive belongs to; null for the year's results. */
  societyId: string | null
  extension: 'xlsx' | 'zip' | 'pdf'
}

/** Reads a report path back (for access checks); null for anything that is not exactly one of the above. */
export function parseReportPath(path: string): ReportLocation | null {
  const parts = path.split('/')
  if (parts.length !== 4 || parts[0] !== REPORTS_PREFIX || !/^\d{4}$/.test(parts[1]!)) return null
  const [, year, kind, file] = parts as [string, string, string, string]
  const match = /^(.+)\.(xlsx|zip|pdf)$/.exec(file)
  if (!match || !SEGMENT.test(match[1]!)) return null
  const extension = match[2] as 'xlsx' | 'zip' | 'pdf'
  if (kind === 'results' && file === 'results.xlsx') return { year: Number(year), kind, societyId: null, extension }
  if (kind === 'forms' && (extension === 'xlsx' || extension === 'pdf')) return { year: Number(year), kind, societyId: match[1]!, extension }
  if (kind === 'evidence' && extension === 'zip') return { year: Number(year), kind, societyId: match[1]!, extension }
  return null
}
