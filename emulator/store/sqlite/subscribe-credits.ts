import type Database from 'better-sqlite3'
import type { SubscribeCreditStore } from '../../../cloudfunctions/core/store/subscribe-credits'

/** The subscribe-message credits over the `subscribe_credits` table (schema.ts): one row per user and template. */
export function sqliteSubscribeCredits(db: Database.Database): SubscribeCreditStore {
  const add = db.prepare<[string, string], { credits: number }>(
    `INSERT INTO subscribe_credits (openid, template_id, credits) VALUES (?, ?, 1)
     ON CONFLICT (openid, template_id) DO UPDATE SET credits = credits + 1 RETURNING credits`,
  )
  const get = db.prepare<[string, string], { credits: number }>(
    'SELECT credits FROM subscribe_credits WHERE openid = ? AND template_id = ?',
  )
  const use = db.prepare<[string, string]>(
    'UPDATE subscribe_credits SET credits = credits - 1 WHERE openid = ? AND template_id = ? AND credits > 0',
  )
  const list = db.prepare<[string], { openid: string; credits: number }>(
    'SELECT openid, credits FROM subscribe_credits WHERE template_id = ?',
  )
  return {
    addSubscribeCredit: async (openid, templateId) => add.get(openid, templateId)!.credits,
    getSubscribeCredits: async (openid, templateId) => get.get(openid, templateId)?.credits ?? 0,
    useSubscribeCredit: async (openid, templateId) => use.run(openid, templateId).changes === 1,
    listSubscribeCredits: async (templateId) => Object.fromEntries(list.all(templateId).map((r) => [r.openid, r.credits])),
  }
}
