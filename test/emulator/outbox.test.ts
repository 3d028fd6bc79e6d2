import type { RunningEmulator } from '../../emulator/server'
import { EMULATOR_TEMPLATE_ID } from '../../emulator/outbox-notifier'
import { NO_SUBSCRIBE_CREDIT } from '../../src/shared'
import { Client, makeWorkspace, start } from './harness'
import { fillAndSubmit } from './fill-in'

const workspace = makeWorkspace()
afterAll(() => workspace.remove())

async function returnSubmission(emulator: RunningEmulator) {
  const filler = new Client(emulator)
  await filler.login('dev-filler-1')
  await filler.ok('account.recordSubscribeConsent', { templateId: EMULATOR_TEMPLATE_ID, accepted: true })
  const submissionId = await fillAndSubmit(filler)
  const reviewer = new Client(emulator)
  await reviewer.login('dev-reviewer')
  await reviewer.ok('review.return', { submissionId, overall: '请补充换届材料', items: { 'B1.1': '缺少换届批复' } })
  return { filler, outbox: (await reviewer.send('/api/dev/outbox')).body.data as Record<string, unknown>[] }
}

test('returning a submission writes the subscribe message to the outbox, addressed to the filler', async () => {
  const emulator = await start(workspace)
  try {
    const { filler, outbox } = await returnSubmission(emulator)
    expect(outbox).toHaveLength(1)
    expect(outbox[0]).toMatchObject({ openid: 'dev-filler-1', kind: 'returned', status: 'sent', error: null })
    expect(outbox[0]!.page).toMatch(/^pages\//)
    const inbox = await filler.ok('notifications.list', {})
    expect(inbox.rows[0]).toMatchObject({ kind: 'returned', delivery: 'sent' })
  } finally {
    await emulator.close()
  }
})

test('EMULATOR_NOTIFIER=refuse answers as WeChat does without consent; the inbox still has the message', async () => {
  const other = makeWorkspace()
  const emulator = await start(other, { notifierMode: 'refuse' })
  try {
    const { filler, outbox } = await returnSubmission(emulator)
    expect(outbox[0]).toMatchObject({ status: 'refused', error: expect.stringContaining('43101') })
    const inbox = await filler.ok('notifications.list', {})
    expect(inbox.rows[0]).toMatchObject({ kind: 'returned', delivery: 'refused' })
  } finally {
    await emulator.close()
    other.remove()
  }
})

test('a failed subscribe message is retried by the periodic timer, up to three attempts', async () => {
  const other = makeWorkspace()
  const emulator = await start(other, { notifierMode: 'fail', retryEveryMs: 20 })
  try {
    const { filler } = await returnSubmission(emulator)
    const outbox = async () => (await filler.send('/api/dev/outbox')).body.data as { status: string }[]
    for (let i = 0; i < 100 && (await outbox()).length < 3; i++) await new Promise((r) => setTimeout(r, 20))
    await new Promise((r) => setTimeout(r, 100))
    expect((await outbox()).map((m) => m.status)).toEqual(['failed', 'failed', 'failed'])
  } finally {
    await emulator.close()
    other.remove()
  }
})

test('a filler who gave no consent gets the inbox entry only: nothing reaches the outbox', async () => {
  const other = makeWorkspace()
  const emulator = await start(other)
  try {
    const filler = new Client(emulator)
    await filler.login('dev-filler-1')
    const submissionId = await fillAndSubmit(filler)
    const reviewer = new Client(emulator)
    await reviewer.login('dev-reviewer')
    await reviewer.ok('review.return', { submissionId, overall: '请补充换届材料', items: {} })
    expect((await reviewer.send('/api/dev/outbox')).body.data).toEqual([])
    const inbox = await filler.ok('notifications.list', {})
    expect(inbox.rows[0]).toMatchObject({ kind: 'returned', delivery: 'refused', deliveryError: NO_SUBSCRIBE_CREDIT })
  } finally {
    await emulator.close()
    other.remove()
  }
})
