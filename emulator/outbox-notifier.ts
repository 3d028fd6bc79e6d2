import type { Database } from 'better-sqlite3'
import type { DeliveryResult, Notifier, SubscribeMessage } from '../cloudfunctions/core/ports'

/**
 * Stands in for WeChat's subscribe messages: each message production would send is written to the `outbox`
 * table and counted as sent. `EMULATOR_NOTIFIER=refuse|fail` answers as WeChat does when the user has not
 * consented (errCode 43101) or the call fails, to try those paths.
 */
export type NotifierMode = 'send' | 'refuse' | 'fail'

export interface OutboxEntry extends SubscribeMessage {
  id: number
  status: DeliveryResult['status']
  error: string | null
  createdAt: string
}

export interface OutboxNotifier extends Notifier {
  list(): OutboxEntry[]
}

const ANSWERS: Record<NotifierMode, DeliveryResult> = {
  send: { status: 'sent' },
  refuse: { status: 'refused', error: 'errCode 43101: user refuse to accept the msg（模拟：用户未同意订阅）' },
  fail: { status: 'failed', error: 'errCode -1: system error（模拟：发送失败）' },
}

export const parseNotifierMode = (value: string | undefined): NotifierMode =>
  value === 'refuse' || value === 'fail' ? value : 'send'

/**
 * The template the emulator counts credits for (`SUBSCRIBE_TEMPLATE_ID` replaces it, e.g. to match a weapp
 * build's TARO_APP_SUBSCRIBE_TEMPLATE_ID). The H5 build never asks for consent: record one with
 * account.recordSubscribeConsent to try the subscribe path.
 */
export const EMULATOR_TEMPLATE_ID = 'emulator-subscribe-template'

export function outboxNotifier(db: Database, mode: NotifierMode, templateId = EMULATOR_TEMPLATE_ID): OutboxNotifier {
  db.exec(`CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY,
    openid TEXT NOT NULL,
    kind TEXT NOT NULL,
    page TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    time TEXT NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    created_at TEXT NOT NULL
  )`)
  const insert = db.prepare(
    `INSERT INTO outbox (openid, kind, page, title, body, time, status, error, created_at)
     VALUES (@openid, @kind, @page, @title, @body, @time, @status, @error, @createdAt)`,
  )
  const select = db.prepare<[], OutboxEntry>(
    `SELECT id, openid, kind, page, title, body, time, status, error, created_at AS createdAt
     FROM outbox ORDER BY id DESC`,
  )

  return {
    templateId,
    async send(message) {
      const answer = ANSWERS[mode]
      const error = answer.status === 'sent' ? null : answer.error
      insert.run({ ...message, status: answer.status, error, createdAt: new Date().toISOString() })
      return answer
    },
    list: () => select.all(),
  }
}
