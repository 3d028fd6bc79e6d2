import { contract, type ActionResult } from '../../src/shared'
import type { Fixture, MatrixRow, Outcome } from './access-table'
import { ROLES, buildWorld, YEAR, type Driver, type MatrixRole, type World } from './world'

/** What of the world a refused call must leave as it was: its users' view of themselves and their forms. */
async function snapshot(d: Driver, w: World): Promise<unknown> {
  const members = [w.ids.unbound, w.ids.fillerA, w.ids.fillerB, w.ids.reviewer]
  const users = (await d.call(d.admin, { action: 'admin.listUsers', input: {} })) as ActionResult<{ users: { openid: string }[] }>
  const societies = await d.call(d.admin, { action: 'admin.listSocieties', input: {} })
  const forms = await Promise.all([w.ids.fillerA, w.ids.fillerB].map((id) => d.call(id, { action: 'submission.result', input: { year: YEAR } })))
  const inboxes = await Promise.all(members.map((id) => d.call(id, { action: 'notifications.list', input: {} })))
  return { users: users.ok ? users.data.users.filter((u) => members.includes(u.openid)) : users, societies, forms, inboxes }
}

function describeResult(result: ActionResult<unknown>): string {
  return result.ok ? 'allow' : `${result.code} (${result.message})`
}

/** Checks one answer against its expected outcome; returns a problem, or null when it is as expected. */
function judge(row: MatrixRow, expected: Outcome, result: ActionResult<unknown>, fx: Fixture): string | null {
  if (expected === 'allow' || expected === 'filtered') {
    if (!result.ok) return `expected ${expected}, got ${describeResult(result)}`
    if (!contract[row.action].output.safeParse(result.data).success) return 'output does not match the contract'
    if (row.action === 'evidence.urls' && fx.fileId) {
      const shown = fx.fileId in (result.data as { urls: Record<string, string> }).urls
      if (shown !== (expected === 'allow')) return `photo of society A ${shown ? 'shown' : 'hidden'}, expected ${expected}`
    }
    return null
  }
  if (result.ok) return `expected ${expected}, but it was allowed`
  if (result.code !== expected) return `expected ${expected}, got ${describeResult(result)}`
  return /[\u4e00-\u9fff]/.test(result.message) ? null : `message is not Chinese: ${result.message}`
}

/** Ownership checks that hold whatever the outcome. */
async function checkOwnership(d: Driver, row: MatrixRow, role: MatrixRole, w: World, result: ActionResult<unknown>) {
  if (row.action === 'notifications.markRead' && role !== 'fillerA') {
    const unread = await d.call(w.ids.fillerA, { action: 'notifications.unreadCount', input: {} })
    if (!unread.ok || (unread.data as { unread: number }).unread !== 1) return 'marked another user’s notification read'
  }
  if (row.action === 'submission.get' && result.ok && role === 'fillerB') {
    if ((result.data as { societyId: string }).societyId !== w.societyB.id) return 'a forged identity reached another society’s form'
  }
  return null
}

/** Runs one cell on a fresh world: prepares, calls, judges, and for a refusal checks nothing changed. */
export async function runCell(d: Driver, row: MatrixRow, role: MatrixRole, expected: Outcome): Promise<string | null> {
  const w = await buildWorld(d)
  const fx = (await row.prepare?.(d, w)) ?? {}
  const before = expected === 'allow' || expected === 'filtered' ? null : await snapshot(d, w)
  const event = { action: row.action, input: row.input(w, fx), ...row.forged?.(w) }
  const result = await d.call(w.ids[role], event)
  const problem = judge(row, expected, result, fx) ?? (await checkOwnership(d, row, role, w, result))
  if (problem) return problem
  if (before !== null && JSON.stringify(await snapshot(d, w)) !== JSON.stringify(before)) return 'a refused call changed stored data'
  return null
}

/** Six fresh worlds per row, and a report row builds a workbook in each: more than jest's default 5 s on a busy machine. */
const ROW_TIMEOUT_MS = 60_000

/** One test per row of the table, each checking the row's six cells; `cells` counts them. */
export function describeMatrix(rows: readonly MatrixRow[], driver: () => Driver, cells: { add(n?: number): void }): void {
  it.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const problems: string[] = []
    for (const [i, role] of ROLES.entries()) {
      const problem = await runCell(driver(), row, role, row.expect[i]!)
      cells.add()
      if (problem) problems.push(`${role}: ${problem}`)
    }
    expect(problems).toEqual([])
  }, ROW_TIMEOUT_MS)
}
