import type Database from 'better-sqlite3'
import type { AuditRecord } from '../../../cloudfunctions/core/store/audit'
import { registeredPhotos, type SubmissionEvidence } from '../../../cloudfunctions/core/evidence/duplicates'
import type { SubmissionRecord, SubmissionStore } from '../../../cloudfunctions/core/store/submissions'
import { auditAppender } from './audit'
import { rowCodec } from './row-codec'
import { societies } from './societies'
import { all, insertSql, one, rowsPerTable, updateSql } from './sql'
import { years } from './years'

const submissions = rowCodec<SubmissionRecord>({
  id: 'plain',
  societyId: 'plain',
  year: 'plain',
  status: 'plain',
  version: 'plain',
  answers: 'json',
  itemVersions: 'json',
  evidence: 'json',
  selfScore: 'json',
  returnReasons: 'json',
  review: 'json',
  submittedAt: 'plain',
  updatedAt: 'plain',
  history: 'json',
  lastSavedBy: 'plain',
  finalTotal: 'plain',
  returned: 'json',
  evidenceFiles: 'json',
  writeWindow: 'json',
  recheck: 'json',
})

/** The columns a year's registered photos are found in: decoding the answers, scores and history is not needed. */
const evidenceColumns = rowCodec<SubmissionEvidence>({ id: 'plain', societyId: 'plain', evidence: 'json', evidenceFiles: 'json' })

/** Synchronous reads, for the reviewers' list (submission-list.ts). */
export function submissionReads(db: Database.Database) {
  const ofYear = db.prepare('SELECT * FROM submissions WHERE year = ? ORDER BY updated_at DESC, id')
  const byIds = db.prepare('SELECT * FROM submissions WHERE id IN (SELECT value FROM json_each(?))')
  return {
    /** Newest change first. */
    ofYear: (year: number) => all(submissions, ofYear.all(year)),
    byIds: (ids: readonly string[]) => all(submissions, byIds.all(JSON.stringify(ids))),
  }
}

export function sqliteSubmissions(db: Database.Database): SubmissionStore {
  const reads = submissionReads(db)
  const appendAudit = auditAppender(db)
  const get = db.prepare('SELECT * FROM submissions WHERE id = ?')
  const find = db.prepare('SELECT * FROM submissions WHERE society_id = ? AND year = ?')
  const insert = db.prepare(`${insertSql('submissions', submissions)} ON CONFLICT DO NOTHING`)
  // A submission belongs to one society and year for good (the unique index and the year index stay untouched).
  const update = db.prepare(`${updateSql('submissions', submissions, 'id', ['society_id', 'year'])} AND version = @expected_version`)
  // The submission with its society and year in one statement: a save's checks read all three.
  const withContext = rowsPerTable(
    db.prepare(`SELECT submissions.*, societies.*, years.* FROM (SELECT ? AS society_id, ? AS year) AS wanted
      LEFT JOIN submissions ON submissions.society_id = wanted.society_id AND submissions.year = wanted.year
      LEFT JOIN societies ON societies.id = wanted.society_id
      LEFT JOIN years ON years.year = wanted.year`),
    { submissions: 'id', societies: 'id', years: 'year' },
  )
  const page = db.prepare('SELECT * FROM submissions WHERE year = ? AND id > ? ORDER BY id LIMIT ?')
  const evidenceOfYear = db.prepare(`SELECT ${evidenceColumns.columns.join(', ')} FROM submissions WHERE year = ?`)
  const compareAndSet = (submission: SubmissionRecord, expectedVersion: number) =>
    update.run({ ...submissions.toRow(submission), expected_version: expectedVersion }).changes === 1
  const updateWithAudit = db.transaction((submission: SubmissionRecord, expectedVersion: number, entry: AuditRecord) => {
    const written = compareAndSet(submission, expectedVersion)
    if (written) appendAudit(entry)
    return written
  })
  // One UPDATE is atomic by itself: a save (no audit entry) needs no BEGIN and COMMIT around it.
  const updateSubmission = (submission: SubmissionRecord, expectedVersion: number, entry?: AuditRecord) =>
    entry ? updateWithAudit(submission, expectedVersion, entry) : compareAndSet(submission, expectedVersion)
  return {
    getSubmission: async (id) => one(submissions, get.get(id)),
    findSubmission: async (societyId, year) => one(submissions, find.get(societyId, year)),
    insertSubmission: async (submission) => insert.run(submissions.toRow(submission)).changes === 1,
    findSubmissionWithContext: async (societyId, year) => {
      const rows = withContext(societyId, year)
      return {
        submission: one(submissions, rows?.submissions),
        society: one(societies, rows?.societies),
        year: one(years, rows?.years),
      }
    },
    updateSubmission: async (submission, expectedVersion, entry) => updateSubmission(submission, expectedVersion, entry),
    listSubmissions: async (year) => reads.ofYear(year),
    listYearPhotos: async (year) => all(evidenceColumns, evidenceOfYear.all(year)).flatMap(registeredPhotos),
    pageSubmissions: async (year, afterId, limit) => all(submissions, page.all(year, afterId ?? '', limit)),
  }
}
