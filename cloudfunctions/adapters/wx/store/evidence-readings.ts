import {
  MAX_READING_ATTEMPTS,
  type EvidenceReadingRecord,
  type EvidenceReadingStore,
  type OutsideYearCount,
} from '../../../core/store/evidence-readings'
import type { WxCollections } from './collections'
import { readAll, type Doc } from './documents'

/** Claims lost to another worker in a row before a claim gives up for this round. */
const CLAIM_RACES = 5

const fromDoc = ({ _id, ...rest }: Doc) => ({ ...rest, fileId: _id }) as EvidenceReadingRecord

/**
 * The reading queue in `evidence_readings`: _id = the photo's file id. A claim is a conditional update on the
 * lease it read (compare-and-set), so of two workers reading the same candidate only one gets it.
 */
export function wxEvidenceReadings({ _, col, addUnique }: WxCollections): EvidenceReadingStore {
  const collection = col('evidenceReadings')
  const held = (fileId: string, owner: string) => collection.where({ _id: fileId, leaseOwner: owner, status: 'pending' })

  return {
    async enqueueReading(job, at) {
      const { fileId, ...rest } = job
      const data = { ...rest, _id: fileId, status: 'pending', attempts: 0, leaseOwner: '', leaseUntil: '' }
      const blank = { text: '', lines: [], dates: [], outsideYear: false, error: null, createdAt: at, updatedAt: at }
      // An existing reading of the photo stays as it is (registered again: nothing new to read).
      return addUnique(collection, { ...data, ...blank }, () => false)
    },

    async claimReading({ owner, now, leaseUntil }) {
      for (let race = 0; race < CLAIM_RACES; race++) {
        const { data } = await collection
          .where({ status: 'pending', leaseUntil: _.lt(now) })
          .orderBy('createdAt', 'asc')
          .orderBy('_id', 'asc')
          .limit(1)
          .get()
        const doc = data[0]
        if (!doc) return null
        const reading = fromDoc(doc)
        const seen = collection.where({ _id: doc._id, status: 'pending', leaseUntil: reading.leaseUntil, attempts: reading.attempts })
        if (reading.attempts >= MAX_READING_ATTEMPTS) {
          await seen.update({ data: { status: 'failed', leaseOwner: '', leaseUntil: '', error: '多次读取未完成', updatedAt: now } })
          continue
        }
        const taken = await seen.update({ data: { attempts: _.inc(1), leaseOwner: owner, leaseUntil, updatedAt: now } })
        if (taken.stats.updated === 1) return { ...reading, attempts: reading.attempts + 1, leaseOwner: owner, leaseUntil, updatedAt: now }
      }
      return null
    },

    async completeReading(fileId, owner, result, at) {
      const data = { ...result, status: 'done', error: null, leaseOwner: '', leaseUntil: '', updatedAt: at }
      return (await held(fileId, owner).update({ data })).stats.updated === 1
    },

    async failReading(fileId, owner, error, at, retryFrom) {
      const { data } = await held(fileId, owner).limit(1).get()
      if (!data[0]) return false
      const exhausted = retryFrom === null || (data[0].attempts as number) >= MAX_READING_ATTEMPTS
      const leaseUntil = exhausted ? '' : retryFrom
      const update = { status: exhausted ? 'failed' : 'pending', error, leaseOwner: '', leaseUntil, updatedAt: at }
      return (await held(fileId, owner).update({ data: update })).stats.updated === 1
    },

    async removeReadings(fileIds) {
      if (fileIds.length > 0) await collection.where({ _id: _.in([...fileIds]) }).remove()
    },

    async listReadings(submissionId) {
      const docs = await readAll(collection.where({ submissionId }).orderBy('createdAt', 'asc').orderBy('_id', 'asc'))
      return docs.map(fromDoc)
    },

    async countOutsideYear(year) {
      const query = collection.where({ year, status: 'done', outsideYear: true }).orderBy('_id', 'asc')
      const docs = await readAll(query.field({ itemId: true, societyId: true }))
      const byItem = new Map<string, { photos: number; societies: Set<string> }>()
      for (const doc of docs) {
        const item = byItem.get(doc.itemId as string) ?? { photos: 0, societies: new Set<string>() }
        item.photos++
        item.societies.add(doc.societyId as string)
        byItem.set(doc.itemId as string, item)
      }
      const counts: OutsideYearCount[] = [...byItem].map(([itemId, { photos, societies }]) => ({ itemId, photos, societies: societies.size }))
      return counts.sort((a, b) => b.photos - a.photos || (a.itemId < b.itemId ? -1 : 1))
    },
  }
}
