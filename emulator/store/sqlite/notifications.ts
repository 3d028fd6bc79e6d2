import type Database from 'better-sqlite3'
import { MAX_DELIVERY_ATTEMPTS, type NotificationRecord, type NotificationStore } from '../../../cloudfunctions/core/store/notifications'
import { rowCodec } from './row-codec'
import { all, count, insertSql, updateSql } from './sql'

const notifications = rowCodec<NotificationRecord>({
  id: 'plain',
  recipient: 'plain',
  kind: 'plain',
  title: 'plain',
  body: 'plain',
  page: 'plain',
  read: 'bool',
  createdAt: 'plain',
  delivery: 'plain',
  deliveryError: 'plain',
  attempts: 'plain',
})

export function sqliteNotifications(db: Database.Database): NotificationStore {
  const insert = db.prepare(insertSql('notifications', notifications))
  const update = db.prepare(updateSql('notifications', notifications, 'id'))
  const countOf = db.prepare('SELECT count(*) AS n FROM notifications WHERE recipient = ?')
  const list = db.prepare('SELECT * FROM notifications WHERE recipient = ? ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?')
  const listUndelivered = db.prepare(
    `SELECT * FROM notifications
     WHERE attempts < ? AND (delivery = 'failed' OR (delivery = 'pending' AND created_at < ?))
     ORDER BY seq LIMIT ?`,
  )
  const markAllRead = db.prepare('UPDATE notifications SET read = 1 WHERE recipient = ? AND read = 0')
  const markSomeRead = db.prepare('UPDATE notifications SET read = 1 WHERE recipient = ? AND id IN (SELECT value FROM json_each(?))')
  const countUnread = db.prepare('SELECT count(*) AS n FROM notifications WHERE recipient = ? AND read = 0')
  const insertAll = db.transaction((rows: readonly NotificationRecord[]) => {
    for (const row of rows) insert.run(notifications.toRow(row))
  })
  return {
    insertNotification: async (notification) => {
      insert.run(notifications.toRow(notification))
    },
    insertNotifications: async (rows) => {
      insertAll(rows)
    },
    updateNotification: async (notification) => {
      update.run(notifications.toRow(notification))
    },
    listNotifications: async (recipient, offset, limit) => ({
      total: count(countOf.get(recipient)),
      rows: all(notifications, list.all(recipient, limit, offset)),
    }),
    listUndelivered: async (limit, stalePendingBefore) =>
      all(notifications, listUndelivered.all(MAX_DELIVERY_ATTEMPTS, stalePendingBefore, limit)),
    markRead: async (recipient, ids) => {
      if (ids === 'all') markAllRead.run(recipient)
      else markSomeRead.run(recipient, JSON.stringify(ids))
    },
    countUnread: async (recipient) => count(countUnread.get(recipient)),
  }
}
