import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Client, PNG, makeWorkspace, societyOf, start } from '../emulator/harness'
import type { RunningEmulator } from '../../emulator/server'
import { counter } from './counts'
import { rawRequest } from './raw-http'

/** An upload that dies half way leaves no file behind; the server stays up and a retry succeeds. */
const faults = counter('faults injected')
const workspace = makeWorkspace()
let emulator: RunningEmulator
let filler: Client
let cookie: string
beforeAll(async () => {
  emulator = await start(workspace)
  filler = new Client(emulator)
  const login = await filler.login('dev-filler-1')
  cookie = login.headers.get('set-cookie')!.split(';')[0]!
})
afterAll(async () => {
  await emulator.close()
  workspace.remove()
})

function filesUnder(dir: string): string[] {
  let found: string[] = []
  let names: string[] = []
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  for (const name of names) {
    const path = join(dir, name)
    found = statSync(path).isDirectory() ? [...found, ...filesUnder(path)] : [...found, path]
  }
  return found
}

const head = (fileId: string, length: number) =>
  `POST /api/upload?fileId=${encodeURIComponent(fileId)} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\n` +
  `Content-Type: image/png\r\nContent-Length: ${length}\r\n\r\n`

it('keeps nothing of uploads cut off half way, stays up, and takes the retry', async () => {
  const fileId = `evidence/${await societyOf(filler)}/2022/B1.1/cut.png`
  const whole = Buffer.concat([PNG, Buffer.alloc(200_000, 7)])
  for (const cut of [0, 10, whole.length / 2, whole.length - 1]) {
    await rawRequest(emulator.port, Buffer.concat([Buffer.from(head(fileId, whole.length)), whole.subarray(0, cut)]), { hangUp: true })
    faults.add()
  }
  await new Promise((r) => setTimeout(r, 200))
  expect(filesUnder(join(workspace.dataDir, 'files'))).toEqual([])
  expect((await filler.call('account.whoami', {})).body.ok).toBe(true)

  expect((await filler.upload(fileId, whole)).body).toMatchObject({ ok: true })
  expect(filesUnder(join(workspace.dataDir, 'files'))).toHaveLength(1)
  expect((await filler.raw(`/files/${encodeURIComponent(`local:${fileId}`)}`)).bytes.equals(whole)).toBe(true)
})
