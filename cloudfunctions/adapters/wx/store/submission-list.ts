import type { SubmissionListStore } from '../../../core/store/submission-list'
import { listKeyOf, pageOfList } from '../../../core/list-order'
import { submissionRowOf, type SubmissionRow } from '../../../core/list-row'
import type { WxCollections } from './collections'
import { PAGE, readAll } from './documents'
import { listedSocieties } from './societies'
import { submissionFromDoc, submissionsOfYear } from './submissions'

export function wxSubmissionList(w: WxCollections): SubmissionListStore {
  const { col, put, _ } = w
  async function listSubmissionRows(year: number): Promise<SubmissionRow[]> {
    const docs = await readAll(submissionsOfYear(w, year).field({ row: true }))
    // Documents written before rows were kept: read those whole, once.
    const old = docs.filter((d) => !d.row).map((d) => d._id as string)
    const records = old.length ? await readAll(col('submissions').where({ _id: _.in(old) }).orderBy('_id', 'asc')) : []
    const rowOf = new Map(records.map((d) => [d._id as string, submissionRowOf(submissionFromDoc(d))]))
    return docs.map((d) => (d.row as SubmissionRow | undefined) ?? rowOf.get(d._id as string)!)
  }
  return {
    listSubmissionRows,
    async listSubmissionPage(query) {
      // The cloud database has no join: the year's list rows and the societies' listed fields (projections,
      // a few hundred of each) are read, then ordered and paged by the same rules as the SQLite store.
      const [rows, societyList] = await Promise.all([listSubmissionRows(query.year), listedSocieties(w)])
      const rowOf = new Map(rows.map((r) => [r.societyId, r]))
      const entries = societyList.map((society) => ({ society, row: rowOf.get(society.id) ?? null }))
      const page = pageOfList(
        entries.map((e) => ({ ...e, ...listKeyOf(e.society, e.row) })),
        query,
      )
      return {
        total: page.total,
        counts: page.counts,
        narrowed: page.narrowed,
        rows: page.rows.map((e) => ({ society: e.society, submission: e.row })),
      }
    },
    async markSeen(viewer, submissionId, at) {
      await put('reviewSeen', { _id: `${viewer}_${submissionId}`, viewer, submissionId, seenAt: at })
    },
    async listSeen(viewer, submissionIds) {
      const seen: Record<string, string> = {}
      for (let i = 0; i < submissionIds.length; i += PAGE) {
        const ids = submissionIds.slice(i, i + PAGE)
        const { data } = await col('reviewSeen').where({ viewer, submissionId: _.in(ids) }).limit(PAGE).get()
        for (const doc of data) seen[doc.submissionId as string] = doc.seenAt as string
      }
      return seen
    },
  }
}
