import type { Database } from 'better-sqlite3'
import type { Store } from '../cloudfunctions/core/ports'
import { implicitFirstYear } from '../cloudfunctions/core/handlers/years'
import type { ActionInput, ActionName, ActionOutput, ActionResult } from '../src/shared'

/**
 * First-start demo data, made through the real handlers (as the admin would): three societies with their
 * binding codes, a reviewer, and a filler already bound to the first society. The binding codes are kept in
 * the `seed_info` table, because the store keeps only their hashes, so that every start can print them.
 */
export const ADMIN_OPENID = 'dev-admin'
export const REVIEWER_OPENID = 'dev-reviewer'
export const FILLER_OPENID = 'dev-filler-1'

export interface SeedInfo {
  identities: { openid: string; label: string }[]
  societies: { id: string; name: string; bindingCode: string }[]
}

export type RunAs = <A extends ActionName>(
  openid: string,
  action: A,
  input: ActionInput<A>,
) => Promise<ActionResult<ActionOutput<A>>>

const SOCIETIES = [
  { name: '自治区计算机学会', contact: '赵秘书长', phone: '0471-6281234' },
  { name: '自治区农学会', contact: '钱老师', phone: '0471-6295678' },
  { name: '自治区医学会', contact: '孙主任', phone: '0471-6243210' },
]
const REVIEWER = { name: '王建华' }
const FILLER = { name: '李晓梅', phone: '13800138001' }

async function must<T>(what: string, result: Promise<ActionResult<T>>): Promise<T> {
  const answer = await result
  if (!answer.ok) throw new Error(`演示数据初始化失败（${what}）：${answer.code} ${answer.message}`)
  return answer.data
}

async function createDemoData(runAs: RunAs): Promise<SeedInfo> {
  const societies: SeedInfo['societies'] = []
  for (const society of SOCIETIES) {
    const made = await must('登记学会', runAs(ADMIN_OPENID, 'admin.registerSociety', society))
    societies.push({ id: made.society.id, name: made.society.name, bindingCode: made.bindingCode })
  }
  const invite = await must('邀请审核员', runAs(ADMIN_OPENID, 'admin.inviteReviewer', REVIEWER))
  await must('审核员接受邀请', runAs(REVIEWER_OPENID, 'account.acceptInvite', { code: invite.code, ...REVIEWER }))
  const first = societies[0]!
  await must('绑定填报人', runAs(FILLER_OPENID, 'account.bind', { bindingCode: first.bindingCode, ...FILLER }))
  return {
    identities: [
      { openid: FILLER_OPENID, label: `填报人 ${FILLER.name}` },
      { openid: REVIEWER_OPENID, label: `审核员 ${REVIEWER.name}` },
      { openid: ADMIN_OPENID, label: '管理员' },
    ],
    societies,
  }
}

/**
 * Seeds an empty database once; answers what was seeded (now or on an earlier start). A database that has
 * societies but no seed record (made some other way) is left alone. Without `runAs` (DEMO=0) a fresh
 * database gets the year record only, and is marked seeded so that a later start with the demo leaves it alone.
 */
export async function seedOnce(db: Database, store: Store, runAs: RunAs | null): Promise<SeedInfo> {
  db.exec('CREATE TABLE IF NOT EXISTS seed_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
  const stored = db.prepare<[], { value: string }>("SELECT value FROM seed_info WHERE key = 'demo'").get()
  if (stored) return JSON.parse(stored.value) as SeedInfo
  if ((await store.listSocieties()).length > 0) return { identities: [], societies: [] }
  // The demo runs the 2022 form as the current year, a record the admin can then set a deadline on.
  await store.insertYear(implicitFirstYear(new Date().toISOString()))
  const info = runAs ? await createDemoData(runAs) : { identities: [], societies: [] }
  db.prepare("INSERT INTO seed_info (key, value) VALUES ('demo', ?)").run(JSON.stringify(info))
  return info
}
