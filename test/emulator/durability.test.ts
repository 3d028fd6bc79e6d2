import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openEmulatorApp } from '../../emulator/app'
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

test('an action answers only once what it wrote is on disk (the store’s group-commit fsync)', async () => {
  const root = mkdtempSync(join(tmpdir(), 'answers-after-disk-'))
  const app = await openEmulatorApp({ dataDir: join(root, 'data'), h5Dir: join(root, 'h5'), writeLimitPerMinute: 100, uploadLimitPerMinute: 100, notifierMode: 'send', demo: true })
  try {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const durable = jest.spyOn(app.store, 'durable').mockImplementation(() => held)
    let answered = false
    const saving = app.call('dev-filler-1', { action: 'submission.saveAnswers', input: { year: 2022, baseVersion: 0, patch: { 'B1.1': { checks: { a: true } } } } })
    void saving.then(() => (answered = true))
    await new Promise((r) => setTimeout(r, 50))
    expect(durable).toHaveBeenCalled()
    expect(answered).toBe(false)
    release()
    expect(await saving).toMatchObject({ ok: true })
  } finally {
    await app.close()
    rmSync(root, { recursive: true, force: true })
  }
})
