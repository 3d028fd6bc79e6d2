import { ActionError, type Notification } from '../../../src/shared'
import type { Handlers } from '../handler-types'
import type { NotificationRecord } from '../ports'

const view = (n: NotificationRecord): Notification => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  page: n.page,
  read: n.read,
  createdAt: n.createdAt,
  delivery: n.delivery,
  deliveryError: n.deliveryError,
})

export const notificationHandlers: Pick<
  Handlers,
  'notifications.list' | 'notifications.markRead' | 'notifications.unreadCount'
> = {
  'notifications.list': async ({ page = 1, pageSize = 20 }, ctx) => {
    const me = ctx.caller.openid
    const [listed, unread] = await Promise.all([
      ctx.store.listNotifications(me, (page - 1) * pageSize, pageSize),
      ctx.store.countUnread(me),
    ])
    return { total: listed.total, unread, rows: listed.rows.map(view) }
  },

  'notifications.markRead': async ({ ids, all }, ctx) => {
    if (!all && !ids) throw new ActionError('INVALID_INPUT', '请指定要标记为已读的消息')
    // The store touches only the caller's own notifications: someone else's ids change nothing.
    await ctx.store.markRead(ctx.caller.openid, all ? 'all' : (ids ?? []))
    return { unread: await ctx.store.countUnread(ctx.caller.openid) }
  },

  'notifications.unreadCount': async (_input, ctx) => ({ unread: await ctx.store.countUnread(ctx.caller.openid) }),
}
