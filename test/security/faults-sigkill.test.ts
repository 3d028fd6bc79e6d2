import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { getRubric, rubricItems } from '../../src/shared'
import { bestAnswer } from '../shared/answer-builders'
import { Client } from '../emulator/harness'
import { counter } from './counts'
import { spawnEmulator } from './spawned-emulator'

/** SIGKILL during a burst of saves: after a restart every acknowledged save is there and the db is sound. */
const faults = counter('faults injected')
const dataDir = mkdtempSync(join(tmpdir(), 'sigkill-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

const items = rubricItems(getRubric(2022))
const patchOf = (i: number) => {
  const item = items[i % items.length]!
  return { [item.id]: { ...bestAnswer(item), remark: `第${i}次保存` } }
}

it('keeps every acknowledged save through a SIGKILL mid-burst', async () => {
  const first = await spawnEmulator(dataDir)
  const phone = new Client(first)
  await phone.login('dev-filler-1')
  const acknowledged = new Map<string, string>()
  const save = async (i: number) => {
    const patch = patchOf(i)
    // Base 0 for a first save of each item; a later save of the same item is based on its current version.
    const { version } = (await phone.ok('submission.get', { year: 2022 })) as { version: number }
    const answer = await phone.call('submission.saveAnswers', { year: 2022, baseVersion: version, patch }).catch(() => null)
    if (answer?.body.ok) for (const [id, value] of Object.entries(patch)) acknowledged.set(id, value.remark)
  }

  for (let i = 0; i < 12; i++) await save(i)
  const burst = Array.from({ length: 40 }, (_, i) => save(12 + i))
  await new Promise((r) => setTimeout(r, 30))
  first.child.kill('SIGKILL')
  await Promise.allSettled(burst)
  await first.close()
  faults.add()
  expect(first.child.signalCode).toBe('SIGKILL')
  expect(acknowledged.size).toBeGreaterThanOrEqual(12)

  const second = await spawnEmulator(dataDir)
  try {
    const again = new Client(second)
    await again.login('dev-filler-1')
    const form = (await again.ok('submission.get', { year: 2022 })) as { answers: Record<string, { remark?: string }> }
    for (const [itemId, remark] of acknowledged) expect([itemId, form.answers[itemId]?.remark]).toEqual([itemId, remark])
  } finally {
    await second.close()
  }
  const db = new Database(join(dataDir, 'emulator.sqlite'), { readonly: true })
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  expect(db.pragma('foreign_key_check')).toEqual([])
  db.close()
}, 90_000)
