import type { NotificationKind } from '../../../src/shared'

export type DeliveryStatus = 'pending' | 'sent' | 'refused' | 'failed'

/** A subscribe message that failed is sent at most this many times in all, then left visible as failed. */
export const MAX_DELIVERY_ATTEMPTS = 3

export interface NotificationRecord {
  id: string
  recipient: string
  kind: NotificationKind
  title: string
  body: string
  page: string
  read: boolean
  createdAt: string
  delivery: DeliveryStatus
  deliveryError: string | null
  attempts: number
}

export interface Page<T> {
  total: number
  rows: T[]
}

export interface NotificationStore {
  insertNotification(notification: NotificationRecord): Promise<void>
  /** Several at once (one per reviewer): one transaction where the database has them. */
  insertNotifications(notifications: readonly NotificationRecord[]): Promise<void>
  updateNotification(notification: NotificationRecord): Promise<void>
  /** Newest first. */
  listNotifications(recipient: string, offset: number, limit: number): Promise<Page<NotificationRecord>>
  /**
   * Those whose subscribe message is due for a retry, oldest first, all with fewer than
   * MAX_DELIVERY_ATTEMPTS attempts: delivery 'failed', or 'pending' since before `stalePendingBefore` (an
   * ISO time; a first send that old was cut off by a crash). Sent, refused, freshly pending and exhausted
   * ones are not listed, so that exhausted ones never crowd newer ones out of the `limit`.
   */
  listUndelivered(limit: number, stalePendingBefore: string): Promise<NotificationRecord[]>
  markRead(recipient: string, ids: readonly string[] | 'all'): Promise<void>
  countUnread(recipient: string): Promise<number>
}
