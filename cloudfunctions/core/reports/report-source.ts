import { getRubric, type GradeBand, type Rubric } from '../../../src/shared'
import type { SocietyRecord, Store, SubmissionRecord, UserRecord } from '../ports'
import { gradeBandsFor } from './grade-bands'

/** Submissions read per store call: small pages keep a 1,000-society export within a cloud function's memory. */
export const REPORT_PAGE_SIZE = 50

/** What a year's reports are made of; submissions are read page by page, as often as a report needs. */
export interface ReportSource {
  year: number
  rubric: Rubric
  bands: readonly GradeBand[]
  societies: readonly SocietyRecord[]
  users: readonly UserRecord[]
  pages(): AsyncIterable<SubmissionRecord[]>
}

export async function* submissionPages(store: Store, year: number, pageSize = REPORT_PAGE_SIZE) {
  for (let after: string | null = null; ; ) {
    const page = await store.pageSubmissions(year, after, pageSize)
    if (page.length > 0) yield page
    if (page.length < pageSize) return
    after = page[page.length - 1]!.id
  }
}

export async function reportSource(store: Store, year: number): Promise<ReportSource> {
  const [bands, societies, users] = await Promise.all([gradeBandsFor(store, year), store.listSocieties(), store.listUsers()])
  return { year, rubric: getRubric(year), bands, societies, users, pages: () => submissionPages(store, year) }
}
