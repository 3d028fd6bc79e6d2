import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openEmulatorApp } from '../../emulator/app'
import { Client, JPEG, makeWorkspace, start } from './harness'
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

test('a photo registration answers after an fsync of its own; a failed fsync fails its answer', async () => {
  const root = mkdtempSync(join(tmpdir(), 'registration-own-fsync-'))
  const app = await openEmulatorApp({ dataDir: join(root, 'data'), h5Dir: join(root, 'h5'), writeLimitPerMinute: 100, uploadLimitPerMinute: 100, notifierMode: 'send', demo: true })
  try {
    const me = (await app.call('dev-filler-1', { action: 'account.whoami', input: {} })) as { ok: true; data: { society: { id: string } } }
    const stored = async (name: string) => {
      const target = app.files.locate(`evidence/${me.data.society.id}/2022/B1.1/${name}`)!
      await app.files.write(target.path, JPEG)
      return target.fileId
    }
    const first = await stored('first.jpg')
    const turnEnd = jest.spyOn(app.store, 'durable')
    const ownFsync = jest.spyOn(app.store, 'durableNow')
    const registered = await app.call('dev-filler-1', { action: 'submission.addPhoto', input: { year: 2022, itemId: 'B1.1', fileId: first } })
    expect(registered).toMatchObject({ ok: true })
    expect(ownFsync).toHaveBeenCalledTimes(1)
    expect(turnEnd).not.toHaveBeenCalled()
    // Saves still share the turn's fsync.
    const view = (await app.call('dev-filler-1', { action: 'submission.get', input: { year: 2022 } })) as { ok: true; data: { version: number } }
    await app.call('dev-filler-1', { action: 'submission.saveAnswers', input: { year: 2022, baseVersion: view.data.version, patch: { 'B1.1': { checks: { a: true } } } } })
    expect(turnEnd).toHaveBeenCalledTimes(2)
    expect(ownFsync).toHaveBeenCalledTimes(1)

    const second = await stored('second.jpg')
    ownFsync.mockImplementation(() => {
      throw new Error('EIO: fsync failed')
    })
    await expect(app.call('dev-filler-1', { action: 'submission.addPhoto', input: { year: 2022, itemId: 'B1.1', fileId: second } })).rejects.toThrow('EIO')
  } finally {
    await app.close()
    rmSync(root, { recursive: true, force: true })
  }
})
