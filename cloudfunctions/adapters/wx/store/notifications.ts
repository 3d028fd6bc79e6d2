import { MAX_DELIVERY_ATTEMPTS, type NotificationRecord, type NotificationStore } from '../../../core/store/notifications'
import type { WxCollections } from './collections'
import { keyedBy, type Doc } from './documents'

/** notifications: _id = id; plain fields. */
const notifications = keyedBy<NotificationRecord, 'id'>('id')

export function wxNotifications({ col, put, _ }: WxCollections): NotificationStore {
  return {
    async insertNotification(notification) {
      await col('notifications').add({ data: notifications.toDoc(notification) })
    },
    async insertNotifications(rows) {
      // The server SDK adds one document a call; a handful of reviewers makes this a handful of calls.
      await Promise.all(rows.map((n) => col('notifications').add({ data: notifications.toDoc(n) })))
    },
    updateNotification: (notification) => put('notifications', notifications.toDoc(notification)),
    async listNotifications(recipient, offset, limit) {
      const mine = col('notifications').where({ recipient })
      const [page, count] = await Promise.all([
        limit > 0
          ? mine.orderBy('createdAt', 'desc').orderBy('_id', 'desc').skip(offset).limit(limit).get()
          : Promise.resolve({ data: [] as Doc[] }),
        mine.count(),
      ])
      return { total: count.total, rows: page.data.map(notifications.fromDoc) }
    },
    async listUndelivered(limit, stalePendingBefore) {
      if (limit <= 0) return []
      const oldest = (where: Doc) =>
        col('notifications').where(where).orderBy('createdAt', 'asc').limit(limit).get()
      const attemptsLeft = _.lt(MAX_DELIVERY_ATTEMPTS)
      const [failed, stale] = await Promise.all([
        oldest({ delivery: 'failed', attempts: attemptsLeft }),
        oldest({ delivery: 'pending', attempts: attemptsLeft, createdAt: _.lt(stalePendingBefore) }),
      ])
      return [...failed.data, ...stale.data]
        .map(notifications.fromDoc)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .slice(0, limit)
    },
    async markRead(recipient, ids) {
      if (ids !== 'all' && ids.length === 0) return
      const which = ids === 'all' ? { recipient, read: false } : { recipient, read: false, _id: _.in([...ids]) }
      await col('notifications').where(which).update({ data: { read: true } })
    },
    async countUnread(recipient) {
      return (await col('notifications').where({ recipient, read: false }).count()).total
    },
  }
}
