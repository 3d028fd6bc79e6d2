import type Database from 'better-sqlite3'
import { submissionRowOf } from '../../../cloudfunctions/core/list-row'
import { pageOfList, type ListKey } from '../../../cloudfunctions/core/list-order'
import type { SocietyRecord } from '../../../cloudfunctions/core/store/societies'
import type { SubmissionListStore } from '../../../cloudfunctions/core/store/submission-list'
import type { SubmissionRecord } from '../../../cloudfunctions/core/store/submissions'
import { societyReads } from './societies'
import { submissionReads } from './submissions'

interface KeyRow {
  society_id: string
  society_name: string
  submission_id: string | null
  status: SubmissionRecord['status'] | null
  updated_at: string | null
  rank_total: number | null
  reviewer_openid: string | null
}

const keyOfRow = (r: KeyRow): ListKey & { submissionId: string | null } => ({
  societyId: r.society_id,
  societyName: r.society_name,
  submissionId: r.submission_id,
  status: r.status ?? 'not-started',
  rankTotal: r.submission_id ? (r.rank_total ?? 0) : null,
  updatedAt: r.updated_at,
  reviewerOpenid: r.reviewer_openid,
})

export function sqliteSubmissionList(db: Database.Database): SubmissionListStore {
  const submissions = submissionReads(db)
  const societies = societyReads(db)
  const listKeys = db.prepare(
    `SELECT so.id AS society_id, so.name AS society_name, so.reviewer_openid, su.id AS submission_id, su.status, su.updated_at,
            COALESCE(su.final_total, json_extract(su.self_score, '$.total')) AS rank_total
     FROM societies so LEFT JOIN submissions su ON su.society_id = so.id AND su.year = ?`,
  )
  const markSeen = db.prepare(
    `INSERT INTO review_seen (viewer, submission_id, seen_at) VALUES (?, ?, ?)
     ON CONFLICT (viewer, submission_id) DO UPDATE SET seen_at = excluded.seen_at`,
  )
  const listSeen = db.prepare(
    'SELECT submission_id, seen_at FROM review_seen WHERE viewer = ? AND submission_id IN (SELECT value FROM json_each(?))',
  )
  return {
    listSubmissionPage: async (query) => {
      const keys = (listKeys.all(query.year) as KeyRow[]).map(keyOfRow)
      const page = pageOfList(keys, query)
      const ids = page.rows.flatMap((k) => (k.submissionId ? [k.submissionId] : []))
      const rowById = new Map(submissions.byIds(ids).map((s) => [s.id, submissionRowOf(s)]))
      const societiesById = new Map(societies.all().map((s) => [s.id, s]))
      return {
        total: page.total,
        counts: page.counts,
        narrowed: page.narrowed,
        rows: page.rows.map((k) => ({
          society: societiesById.get(k.societyId) as SocietyRecord,
          submission: k.submissionId ? (rowById.get(k.submissionId) ?? null) : null,
        })),
      }
    },
    markSeen: async (viewer, submissionId, at) => {
      markSeen.run(viewer, submissionId, at)
    },
    listSeen: async (viewer, ids) =>
      Object.fromEntries(
        (listSeen.all(viewer, JSON.stringify(ids)) as { submission_id: string; seen_at: string }[]).map((r) => [
          r.submission_id,
          r.seen_at,
        ]),
      ),
    // Local and small: the rows are cut from the records (the cloud store reads only the rows).
    listSubmissionRows: async (year) => submissions.ofYear(year).map(submissionRowOf),
  }
}
