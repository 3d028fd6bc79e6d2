import { Client, makeWorkspace, start } from './harness'
import { saveAnswers } from './fill-in'

const workspace = makeWorkspace()
afterAll(() => workspace.remove())

test('saved answers, sessions and seeded data survive a restart on the same data folder', async () => {
  const first = await start(workspace)
  const filler = new Client(first)
  await filler.login('dev-filler-1')
  const saved = await saveAnswers(filler, { 'B1.1': { checks: { a: true }, remark: '已按时换届' } })
  expect(saved.answers['B1.1']).toEqual({ checks: { a: true }, remark: '已按时换届' })
  const identities = (await filler.send('/api/dev/identities')).body.data
  await first.close()

  const second = await start(workspace)
  try {
    const again = new Client(second)
    await again.login('dev-filler-1')
    const draft = await again.ok('submission.get', { year: 2022 })
    expect(draft.id).toBe(saved.id)
    expect(draft.version).toBe(saved.version)
    expect(draft.answers).toEqual(saved.answers)
    const after = (await again.send('/api/dev/identities')).body.data
    expect(after.slice(0, -1)).toEqual(identities.slice(0, -1))
  } finally {
    await second.close()
  }
})
