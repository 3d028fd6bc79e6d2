import type { SocietyStore } from '../../../core/store/societies'
import type { RegisteredPhotoRecord, SubmissionRecord, SubmissionStore } from '../../../core/store/submissions'
import { registeredPhotos } from '../../../core/evidence/duplicates'
import type { YearStore } from '../../../core/store/years'
import { submissionRowOf } from '../../../core/list-row'
import { AUDIT_TRAIL, auditDoc } from './audit'
import { COLLECTIONS, type WxCollections } from './collections'
import { readAll, withoutId, type Doc } from './documents'
import { societyDocs } from './societies'
import { yearFromDoc } from './years'

/**
 * submissions: _id = `${societyId}_${year}`, so that the primary key enforces "one submission per society
 * and year". The record travels as JSON text beside the fields queries use, because its maps are keyed by
 * item ids such as `B1.1` and the cloud database reads a dot in a key as a path.
 */
export const submissionKey = (societyId: string, year: number) => `${societyId}_${year}`

const submissionDoc = (s: SubmissionRecord): Doc => ({
  _id: submissionKey(s.societyId, s.year),
  id: s.id,
  societyId: s.societyId,
  year: s.year,
  status: s.status,
  version: s.version,
  submittedAt: s.submittedAt,
  updatedAt: s.updatedAt,
  // The reviewer's list reads only this (a projection), never the records.
  row: submissionRowOf(s),
  // And the reviewer's duplicate check only this (an array of plain objects: no item ids as keys).
  photos: registeredPhotos(s),
  record: JSON.stringify(s),
})

export const submissionFromDoc = (d: Doc): SubmissionRecord => JSON.parse(d.record as string) as SubmissionRecord

/** A year's submissions, newest change first. */
export const submissionsOfYear = ({ col }: WxCollections, year: number) =>
  col('submissions').where({ year }).orderBy('updatedAt', 'desc').orderBy('_id', 'asc')

/** `others`: where the society and the year are read when the submission is not there to join them to. */
export function wxSubmissions(w: WxCollections, others: Pick<SocietyStore, 'getSociety'> & Pick<YearStore, 'getYear'>): SubmissionStore {
  const { col, findOne, addUnique, _ } = w
  return {
    getSubmission: (id) => findOne(col('submissions').where({ id }), submissionFromDoc),
    findSubmission: (societyId, year) =>
      findOne(col('submissions').where({ _id: submissionKey(societyId, year) }), submissionFromDoc),
    async findSubmissionWithContext(societyId, year) {
      // One operation: the submission with its society and its year joined in.
      const { list } = await col('submissions')
        .aggregate()
        .match({ _id: submissionKey(societyId, year) })
        .lookup({ from: COLLECTIONS.societies, localField: 'societyId', foreignField: '_id', as: 'societyDocs' })
        .lookup({ from: COLLECTIONS.years, localField: 'year', foreignField: 'year', as: 'yearDocs' })
        .end()
      const doc = list[0]
      if (!doc) {
        const [society, yearRecord] = await Promise.all([others.getSociety(societyId), others.getYear(year)])
        return { submission: null, society, year: yearRecord }
      }
      const [society] = (doc.societyDocs as Doc[] | undefined) ?? []
      const [yearRecord] = (doc.yearDocs as Doc[] | undefined) ?? []
      return {
        submission: submissionFromDoc(doc),
        society: society ? societyDocs.fromDoc(society) : null,
        year: yearRecord ? yearFromDoc(yearRecord) : null,
      }
    },
    async insertSubmission(submission) {
      return addUnique(col('submissions'), submissionDoc(submission), (existing) => existing.id === submission.id)
    },
    async updateSubmission(submission, expectedVersion, entry) {
      const doc = submissionDoc(submission)
      // An audit entry written with the change rides in the document itself (listAudit reads it there too),
      // so that both are one write.
      const data = entry ? { ...withoutId(doc), [AUDIT_TRAIL]: _.push([auditDoc(entry)]) } : withoutId(doc)
      // Compare-and-set: the condition and the write are one database operation.
      const { stats } = await col('submissions')
        .where({ _id: doc._id, id: submission.id, version: expectedVersion })
        .update({ data })
      return stats.updated === 1
    },
    listSubmissions: async (year) => (await readAll(submissionsOfYear(w, year))).map(submissionFromDoc),
    async listYearPhotos(year) {
      const docs = await readAll(submissionsOfYear(w, year).field({ photos: true }))
      // Documents written before photos were kept beside the record: read whole (one more query) until rewritten.
      const old = docs.filter((d) => !Array.isArray(d.photos)).map((d) => d._id as string)
      const records = old.length ? await readAll(col('submissions').where({ _id: _.in(old) }).orderBy('_id', 'asc')) : []
      return [
        ...docs.flatMap((d) => (Array.isArray(d.photos) ? (d.photos as RegisteredPhotoRecord[]) : [])),
        ...records.flatMap((d) => registeredPhotos(submissionFromDoc(d))),
      ]
    },
    async pageSubmissions(year, afterId, limit) {
      const where = afterId === null ? { year } : { year, id: _.gt(afterId) }
      const { data } = await col('submissions').where(where).orderBy('id', 'asc').limit(limit).get()
      return data.map(submissionFromDoc)
    },
  }
}
