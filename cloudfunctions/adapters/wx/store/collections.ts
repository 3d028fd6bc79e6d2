import type { CollectionReference, Database, Query } from 'wx-server-sdk'
import { readOne, withoutId, type Doc } from './documents'

/** The cloud database collections (create them, their indexes and rules: cloudfunctions/database/). */
export const COLLECTIONS = {
  users: 'users',
  societies: 'societies',
  submissions: 'submissions',
  notifications: 'notifications',
  audit: 'audit',
  rateHits: 'rate_hits',
  reviewSeen: 'review_seen',
  years: 'years',
  reminders: 'reminders',
  invites: 'invites',
  adminClaims: 'admin_claims',
  scheduledReminders: 'scheduled_reminders',
  subscribeCredits: 'subscribe_credits',
  evidenceReadings: 'evidence_readings',
} as const

export type CollectionKey = keyof typeof COLLECTIONS

/** The one database every per-record module of the cloud store works on, and the operations they share. */
export function wxCollections(db: Database) {
  const col = (name: CollectionKey): CollectionReference => db.collection(COLLECTIONS[name])

  /** `add` with a chosen _id fails when that _id exists; tells whether it is now ours or was taken. */
  async function addUnique(collection: CollectionReference, doc: Doc, isOurs: (existing: Doc) => boolean) {
    try {
      await collection.add({ data: doc })
      return true
    } catch (error) {
      // Any failure: look before concluding. Taken by another record → false; a lost answer to our own
      // add → true; no document at all → a real failure.
      const existing = await readOne(collection.where({ _id: doc._id }))
      if (existing) return isOurs(existing)
      throw error
    }
  }

  async function findOne<R>(query: Query, fromDoc: (doc: Doc) => R): Promise<R | null> {
    const doc = await readOne(query)
    return doc ? fromDoc(doc) : null
  }
  async function put(name: CollectionKey, doc: Doc): Promise<void> {
    await col(name).doc(doc._id as string).set({ data: withoutId(doc) })
  }
  const oldestFirst = (name: CollectionKey) => col(name).orderBy('createdAt', 'asc').orderBy('_id', 'asc')

  return { _: db.command, col, addUnique, findOne, put, oldestFirst }
}

export type WxCollections = ReturnType<typeof wxCollections>
