import type { ReminderRecord, ReminderStore, ScheduledReminderClaim } from '../../../core/store/reminders'
import type { WxCollections } from './collections'
import { keyedBy, readAll } from './documents'

/** reminders: _id = id; plain fields. */
const reminders = keyedBy<ReminderRecord, 'id'>('id')

/** scheduled_reminders: _id = `<year>_<societyId>_<day>`, so that the key lets one claim of a reminder in. */
const claimKey = (c: Pick<ScheduledReminderClaim, 'year' | 'societyId' | 'day'>) => `${c.year}_${c.societyId}_${c.day}`
const claims = keyedBy<ScheduledReminderClaim & { key: string }, 'key'>('key')

export function wxReminders({ col, addUnique }: WxCollections): ReminderStore {
  return {
    async insertReminder(reminder) {
      await col('reminders').add({ data: reminders.toDoc(reminder) })
    },
    async listReminders(year) {
      return (await readAll(col('reminders').where({ year }).orderBy('at', 'asc').orderBy('_id', 'asc'))).map(reminders.fromDoc)
    },
    claimScheduledReminder: (claim) =>
      // Another run's claim of the same reminder is not ours, even at the same moment: runIds differ.
      addUnique(col('scheduledReminders'), claims.toDoc({ ...claim, key: claimKey(claim) }), (existing) => existing.runId === claim.runId),
    async listScheduledReminders(year) {
      const docs = await readAll(col('scheduledReminders').where({ year }).orderBy('day', 'asc').orderBy('societyId', 'asc'))
      return docs.map((doc) => {
        const { key: _key, ...claim } = claims.fromDoc(doc)
        return claim
      })
    },
  }
}
