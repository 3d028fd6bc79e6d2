import { Client, useEmulator } from '../emulator/harness'
import { fullPatch } from '../emulator/fill-in'
import { httpDriver } from './http-driver'
import { buildWorld, fillIn, makeReviewer, submitA, YEAR, type World } from './world'

/** Real concurrent requests to the emulator: merges, visible conflicts, one decision, one submit. */
const emulator = useEmulator({ writeLimitPerMinute: 100_000 })
let d: ReturnType<typeof httpDriver>
let w: World
let phone1: Client
let phone2: Client

beforeEach(async () => {
  d = httpDriver(emulator())
  w = await buildWorld(d)
  // A second phone of society A: another person bound with the society's code.
  const second = d.fresh('a2')
  await d.call(second, { action: 'account.bind', input: { bindingCode: w.societyA.code, name: '王二', phone: '13600136000' } })
  phone1 = await d.client(w.ids.fillerA)
  phone2 = await d.client(second)
})

const save = (phone: Client, baseVersion: number, patch: Record<string, unknown>) =>
  phone.call('submission.saveAnswers', { year: YEAR, baseVersion, patch } as never)

describe('two phones of one society', () => {
  it('merge saves of different items made at the same moment from the same version', async () => {
    const { version } = await phone1.ok('submission.get', { year: YEAR })
    const patch = fullPatch()
    const ids = Object.keys(patch)
    const half = Math.floor(ids.length / 2)
    const pick = (from: number, to: number) => Object.fromEntries(ids.slice(from, to).map((id) => [id, patch[id]]))
    const answers = await Promise.all([
      ...ids.slice(0, half).map((id) => save(phone1, version, { [id]: patch[id] })),
      ...ids.slice(half).map((id) => save(phone2, version, { [id]: patch[id] })),
    ])
    expect(answers.every((a) => a.body.ok)).toBe(true)
    const merged = await phone2.ok('submission.get', { year: YEAR })
    expect(merged.answers).toEqual({ ...pick(0, half), ...pick(half, ids.length) })
    expect(merged.version).toBe(version + ids.length)
    expect(merged.selfScore.complete).toBe(true)
  })

  it('report a conflict on the same item instead of overwriting it', async () => {
    const { version } = await phone1.ok('submission.get', { year: YEAR })
    const [a, b] = await Promise.all([
      save(phone1, version, { 'B2.1': { tier: 'pass' } }),
      save(phone2, version, { 'B2.1': { tier: 'basic' } }),
    ])
    const [won, lost, wonAnswer] = a!.body.ok ? [a!, b!, { tier: 'pass' }] : [b!, a!, { tier: 'basic' }]
    expect(won.body.ok).toBe(true)
    expect(won.body.data.changed).toEqual(['B2.1'])
    expect(lost.body).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('B2.1') })
    const server = (lost.body as unknown as { details: { conflicts: { itemId: string; server: unknown }[] } }).details.conflicts
    expect(server).toEqual([{ itemId: 'B2.1', server: wonAnswer }])
    expect((await phone1.ok('submission.get', { year: YEAR })).answers['B2.1']).toEqual(wonAnswer)
  })
})

it('double-tapped submit submits once', async () => {
  await fillIn(d, w.ids.fillerA!)
  const taps = await Promise.all([1, 2, 3].map(() => phone1.call('submission.submit', { year: YEAR })))
  expect(taps.map((t) => t.body.ok)).toEqual([true, true, true])
  const form = await phone1.ok('submission.get', { year: YEAR })
  expect(form.history.filter((t: { to: string }) => t.to === 'submitted')).toHaveLength(1)
})

it('two reviewers finalizing at once yield one decision', async () => {
  const submissionId = await submitA(d, w)
  const second = d.fresh('r2')
  await makeReviewer(d, second, '第二审核员')
  const results = await Promise.all([w.ids.reviewer!, second].map((r) => d.call(r, { action: 'review.finalize', input: { submissionId } })))
  expect(results.filter((r) => r.ok)).toHaveLength(1)
  expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })])
  const seen = await d.call(w.ids.reviewer, { action: 'review.get', input: { submissionId } })
  expect((seen as { data: { history: { to: string }[] } }).data.history.filter((t) => t.to === 'reviewed')).toHaveLength(1)
  const inbox = await d.call(w.ids.fillerA, { action: 'notifications.list', input: {} })
  expect((inbox as { data: { total: number } }).data.total).toBe(1)
})
