/**
 * Cloud cost per action: the cloud database operations (round trips) each action makes through the WeChat store,
 * counted in the fake cloud database the tests use, in the steady state (the caller's rate window already open,
 * the submission already created). review.list also reports the bytes its reads return for 300 societies.
 */
import { createWxStore } from '../cloudfunctions/adapters/wx/wx-store'
import { dispatch } from '../cloudfunctions/core/dispatch'
import type { ServerConfig } from '../cloudfunctions/core/ports'
import { getRubric, rubricItems, type ActionName, type ActionOutput } from '../src/shared'
import { fakeCloudDatabase } from '../test/cloud-build/fake-cloud-db'
import { testPorts } from '../test/cloud/fakes'
import { bestAnswer } from '../test/shared/answer-builders'
import { KB, figures, type Figure } from './figures'

const YEAR = 2022
const ADMIN = 'o-bench-admin'
const REVIEWER = 'o-bench-reviewer'
const SOCIETIES = 300
const items = rubricItems(getRubric(YEAR))

export default async function run(): Promise<Figure[]> {
  const db = fakeCloudDatabase()
  const config: ServerConfig = { bootstrapAdmins: [ADMIN], writeLimitPerMinute: 1_000_000 }
  const { context } = testPorts(createWxStore(db), config)
  const ok = async <A extends ActionName>(openid: string, action: A, input?: unknown): Promise<ActionOutput<A>> => {
    const result = await dispatch(input === undefined ? { action } : { action, input }, context(openid))
    if (!result.ok) throw new Error(`${action}: ${result.code} ${result.message}`)
    return result.data as ActionOutput<A>
  }
  /** Runs one call and returns the database operations it made. */
  const counted = async (call: () => Promise<unknown>) => {
    const from = db.ops.length
    const bytesFrom = db.readBytes
    await call()
    return { ops: db.ops.slice(from), bytes: db.readBytes - bytesFrom }
  }

  await ok(ADMIN, 'admin.appointReviewer', { openid: REVIEWER, name: '王审核' })
  const fillers: string[] = []
  for (let i = 0; i < SOCIETIES; i++) {
    const { bindingCode } = await ok(ADMIN, 'admin.registerSociety', { name: `测试学会${String(i).padStart(3, '0')}`, contact: '0991-0000000' })
    const openid = `o-bench-filler-${i}`
    await ok(openid, 'account.bind', { bindingCode, name: '张填报', phone: '13800138000' })
    fillers.push(openid)
  }
  const [first] = fillers as [string]
  let version = (await ok(first, 'submission.get', { year: YEAR })).version
  const save = (i: number) => async () => {
    const item = items[i]!
    const out = await ok(first, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: { [item.id]: bestAnswer(item) } })
    version = out.version
  }
  await save(0)() // opens the rate window
  const steadySave = await counted(save(1))
  for (let i = 2; i < items.length; i++) await save(i)()
  const submit = await counted(() => ok(first, 'submission.submit', { year: YEAR }))
  for (const openid of fillers.slice(1)) {
    const { version: base } = await ok(openid, 'submission.get', { year: YEAR })
    await ok(openid, 'submission.saveAnswers', { year: YEAR, baseVersion: base, patch: Object.fromEntries(items.map((i) => [i.id, bestAnswer(i)])) })
  }
  await ok(REVIEWER, 'review.list', { year: YEAR }) // opens nothing, but keeps the comparison steady
  const list = await counted(() => ok(REVIEWER, 'review.list', { year: YEAR, page: 1, pageSize: 20 }))
  const trivial = await counted(() => ok(first, 'account.whoami' as ActionName))
  const store = createWxStore(db)
  const whole = await counted(() => Promise.all([store.listSubmissions(YEAR), store.listSocieties()]))

  for (const [name, c] of Object.entries({ save: steadySave, submit, 'review.list': list, trivial })) console.log(`${name}: ${c.ops.length} ops — ${c.ops.join(', ')}`)
  const floor = { name: 'account.whoami', value: trivial.ops.length }
  return figures('db', [
    { name: 'submission.saveAnswers (one item) db ops', value: steadySave.ops.length, unit: 'ops', floor, budget: { max: 3, text: '≤ 3' }, note: steadySave.ops.join(', ') },
    { name: 'submission.submit db ops', value: submit.ops.length, unit: 'ops', floor, budget: { max: 5, text: '≤ 5' }, note: submit.ops.join(', ') },
    { name: `review.list page of 20 (${SOCIETIES} societies) db ops`, value: list.ops.length, unit: 'ops', floor, note: list.ops.join(', ') },
    { name: `review.list page of 20 (${SOCIETIES} societies) bytes read`, value: list.bytes, unit: 'B', note: `whole records and societies would be ${(whole.bytes / KB).toFixed(0)} KB` },
  ])
}
