import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { evidenceFolder } from '../../src/shared'
import { contentTypesBomb, jpegOf, jpegWithNoiseScan, pngDeclaring } from '../fixtures/hostile-files'
import { spawnEmulator, type SpawnedEmulator } from './spawned-emulator'

/**
 * Against the emulator in its own process, as `npm start` runs it: hostile files are refused with their
 * message, nothing of them is kept on disk or in the form, and other users' calls keep being answered
 * while one is processed (asserted to complete, never how fast: the stall is measured by `npm run bench`).
 */
let emulator: SpawnedEmulator
const root = mkdtempSync(join(tmpdir(), 'hostile-http-'))
const dataDir = join(root, 'data')
beforeAll(async () => {
  process.env.UPLOAD_LIMIT_PER_MINUTE = '100000'
  emulator = await spawnEmulator(dataDir)
}, 60_000)
afterAll(async () => {
  await emulator?.close()
  rmSync(root, { recursive: true, force: true })
})

async function post(path: string, body: BodyInit, cookie?: string) {
  const response = await fetch(new URL(path, emulator.url), { method: 'POST', body, headers: cookie ? { Cookie: cookie } : {} })
  return { status: response.status, body: (await response.json()) as { ok: boolean; code?: string; message?: string; data?: never } }
}
const call = (cookie: string, action: string, input: unknown = {}) => post('/api/call', JSON.stringify({ action, input }), cookie)
async function login(openid: string): Promise<string> {
  const response = await fetch(new URL('/api/dev/login', emulator.url), { method: 'POST', body: JSON.stringify({ openid }) })
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!
}

/** Files the emulator keeps under an item's folder. */
const keptFiles = (societyId: string, itemId: string) => {
  const folder = join(dataDir, 'files', evidenceFolder(societyId, 2022, itemId))
  return existsSync(folder) ? readdirSync(folder) : []
}

test('a malformed session cookie is no session: UNAUTHENTICATED, and the emulator answers on', async () => {
  const refused = await call('emulator_session=%E0%A4%A', 'account.whoami')
  expect(refused.body).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
  expect((await call(await login('dev-filler-1'), 'account.whoami')).body.ok).toBe(true)
})

test('other users are answered while bombs are inspected; each bomb is refused and nothing of it is kept', async () => {
  const filler = await login('dev-filler-1')
  const other = await login('dev-reviewer')
  const societyId = ((await call(filler, 'account.whoami')).body.data as unknown as { society: { id: string } }).society.id
  const folder = evidenceFolder(societyId, 2022, 'B1.3')
  const upload = (name: string, bytes: Buffer, shown?: string) =>
    post(`/api/upload?fileId=${encodeURIComponent(`${folder}/${name}`)}${shown ? `&name=${encodeURIComponent(shown)}` : ''}`, bytes, filler)

  let inspecting = true
  let answered = 0
  const whoamis = (async () => {
    while (inspecting) {
      expect((await call(other, 'account.whoami')).body.ok).toBe(true)
      answered++
    }
  })()
  const [docx, png] = await Promise.all([upload('bomb.xlsx', contentTypesBomb(), '报表.xlsx'), upload('bomb.png', pngDeclaring(20000, 20000))])
  inspecting = false
  await whoamis
  expect(answered).toBeGreaterThan(0)
  expect(docx).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('“报表.xlsx”中的“[Content_Types].xml”解压后超过 50 MB') } })
  expect(png).toMatchObject({ status: 413, body: { message: '“bomb.png”有 20000 × 20000 像素，超过 5000 万像素的上限，未保存' } })
  expect(keptFiles(societyId, 'B1.3')).toEqual([])
}, 60_000)

test('a photo that uploads whole but does not decode is refused on registering, and removed from the file store', async () => {
  const filler = await login('dev-filler-1')
  const societyId = ((await call(filler, 'account.whoami')).body.data as unknown as { society: { id: string } }).society.id
  const fileId = `${evidenceFolder(societyId, 2022, 'B1.2')}/noise.jpg`
  expect((await post(`/api/upload?fileId=${encodeURIComponent(fileId)}`, jpegWithNoiseScan(), filler)).body.ok).toBe(true)
  expect(keptFiles(societyId, 'B1.2')).toEqual(['noise.jpg'])
  const refused = await call(filler, 'submission.addPhoto', { year: 2022, itemId: 'B1.2', fileId: `local:${fileId}` })
  expect(refused.body).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '“noise.jpg”的图像数据无法解码（文件已损坏或不完整），未保存' })
  expect(keptFiles(societyId, 'B1.2')).toEqual([])
  expect(((await call(filler, 'submission.get', { year: 2022 })).body.data as unknown as { evidence: object }).evidence).not.toHaveProperty('B1.2')
  // A real photo is hashed on the worker thread and registered.
  const good = `${evidenceFolder(societyId, 2022, 'B1.2')}/good.jpg`
  expect((await post(`/api/upload?fileId=${encodeURIComponent(good)}`, jpegOf(640, 480), filler)).body.ok).toBe(true)
  expect((await call(filler, 'submission.addPhoto', { year: 2022, itemId: 'B1.2', fileId: `local:${good}` })).body.ok).toBe(true)
}, 60_000)
