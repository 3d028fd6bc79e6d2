import type Database from 'better-sqlite3'
import type { ReminderStore, ScheduledReminderClaim } from '../../../cloudfunctions/core/store/reminders'
import { rowCodec, type Row } from './row-codec'
import { insertSql } from './sql'

const claims = rowCodec<ScheduledReminderClaim>({
  year: 'plain',
  societyId: 'plain',
  day: 'plain',
  daysBefore: 'plain',
  runId: 'plain',
  at: 'plain',
})

/** 自动提醒's claims: the primary key (year, society, day) lets exactly one claim of a reminder in. */
export function scheduledReminderStore(db: Database.Database): Pick<ReminderStore, 'claimScheduledReminder' | 'listScheduledReminders'> {
  const insert = db.prepare(`${insertSql('scheduled_reminders', claims)} ON CONFLICT DO NOTHING`)
  const list = db.prepare('SELECT * FROM scheduled_reminders WHERE year = ? ORDER BY day, society_id')
  return {
    claimScheduledReminder: async (claim) => insert.run(claims.toRow(claim)).changes === 1,
    listScheduledReminders: async (year) => (list.all(year) as Row[]).map((row) => claims.fromRow(row)),
  }
}
