import type Database from 'better-sqlite3'
import type { ReminderRecord, ReminderStore } from '../../../cloudfunctions/core/store/reminders'
import { rowCodec } from './row-codec'
import { scheduledReminderStore } from './scheduled-reminders'
import { all, insertSql } from './sql'

const reminders = rowCodec<ReminderRecord>({
  id: 'plain',
  year: 'plain',
  societyId: 'plain',
  by: 'plain',
  at: 'plain',
  deliveries: 'json',
})

/** 催报 by hand, and 自动提醒's claims (scheduled-reminders.ts). */
export function sqliteReminders(db: Database.Database): ReminderStore {
  const insert = db.prepare(insertSql('reminders', reminders))
  const list = db.prepare('SELECT * FROM reminders WHERE year = ? ORDER BY seq')
  return {
    insertReminder: async (reminder) => {
      insert.run(reminders.toRow(reminder))
    },
    listReminders: async (year) => all(reminders, list.all(year)),
    ...scheduledReminderStore(db),
  }
}
