import type { RunningEmulator } from '../../emulator/server'
import { fillAndSubmit } from './fill-in'
import { Client, fillerOfAnotherSociety, makeWorkspace, start } from './harness'

const workspace = makeWorkspace()
afterAll(() => workspace.remove())

const DEADLINE = '2030-03-31'
/** 10:00 in Beijing, three days and one day before the deadline. */
const DAY_3 = '2030-03-28T10:00:00+08:00'
const DAY_1 = '2030-03-30T10:00:00+08:00'

const runTimers = (client: Client, body: unknown) =>
  client.send('/api/dev/run-timers', { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) })

describe('POST /api/dev/run-timers in dev mode', () => {
  let emulator: RunningEmulator
  let admin: Client
  beforeAll(async () => {
    emulator = await start(workspace)
    admin = new Client(emulator)
    await admin.login('dev-admin')
    // dev-filler-1's society has not submitted; a second society's new filler submits.
    await fillAndSubmit(await fillerOfAnotherSociety(emulator, '自治区农学会'))
    await admin.ok('admin.updateYear', { year: 2022, deadline: DEADLINE, reminderDaysBefore: [3, 1] })
  })
  afterAll(() => emulator.close())

  it('runs the 自动提醒 as at the moment given, once per society and day', async () => {
    const first = await runTimers(admin, { now: DAY_3 })
    expect(first.status).toBe(200)
    expect(first.body.data.at).toBe('2030-03-28T02:00:00.000Z')
    expect(first.body.data.reminders.map((r: { name: string; day: string }) => [r.name, r.day])).toEqual([
      ['自治区计算机学会', '2030-03-28'],
    ])
    expect((await runTimers(admin, { now: DAY_3 })).body.data.reminders).toEqual([])
    expect((await runTimers(admin, { now: DAY_1 })).body.data.reminders).toHaveLength(1)

    const filler = new Client(emulator)
    await filler.login('dev-filler-1')
    const inbox = await filler.ok('notifications.list', {})
    expect(inbox.rows.filter((n: { kind: string }) => n.kind === 'reminder')).toHaveLength(2)
  })

  it('refuses a moment that is not an ISO time with its zone, and a body that is not JSON', async () => {
    for (const now of ['2030-03-28', '2030-03-28T10:00:00', 'yesterday', 1_900_000_000_000, '2030-02-30T10:00:00Z']) {
      const answer = await runTimers(admin, { now })
      expect([now, answer.status, answer.body.code]).toEqual([now, 400, 'INVALID_INPUT'])
    }
    expect((await runTimers(admin, '{not json')).status).toBe(400)
  })

  it('answers only POST', async () => {
    expect((await admin.send('/api/dev/run-timers')).status).toBe(405)
  })
})

test('outside dev mode the route does not exist and sends nothing', async () => {
  const other = makeWorkspace()
  const emulator = await start(other, { devMode: false })
  try {
    const admin = new Client(emulator)
    await admin.login('dev-admin')
    await admin.ok('admin.updateYear', { year: 2022, deadline: DEADLINE, reminderDaysBefore: [3] })
    const answer = await runTimers(admin, { now: DAY_3 })
    expect([answer.status, answer.body.code]).toEqual([404, 'NOT_FOUND'])
    const filler = new Client(emulator)
    await filler.login('dev-filler-1')
    expect((await filler.ok('notifications.list', {})).rows).toEqual([])
  } finally {
    await emulator.close()
    other.remove()
  }
})

test('the emulator’s own clock runs the timers when asked to, and not otherwise', async () => {
  const timed = makeWorkspace()
  const untimed = makeWorkspace()
  const emulators = [await start(timed, { timersEveryMs: 20, timersNow: () => new Date(DAY_3) }), await start(untimed)]
  try {
    const inboxes = await Promise.all(
      emulators.map(async (emulator) => {
        const admin = new Client(emulator)
        await admin.login('dev-admin')
        await admin.ok('admin.updateYear', { year: 2022, deadline: DEADLINE, reminderDaysBefore: [3] })
        const filler = new Client(emulator)
        await filler.login('dev-filler-1')
        return filler
      }),
    )
    const reminded = async (filler: Client) => (await filler.ok('notifications.list', {})).rows.length as number
    while ((await reminded(inboxes[0]!)) === 0) await new Promise((r) => setTimeout(r, 50))
    await new Promise((r) => setTimeout(r, 200)) // several more ticks: still one reminder
    expect(await reminded(inboxes[0]!)).toBe(1)
    expect(await reminded(inboxes[1]!)).toBe(0)
  } finally {
    for (const emulator of emulators) await emulator.close()
    timed.remove()
    untimed.remove()
  }
})
