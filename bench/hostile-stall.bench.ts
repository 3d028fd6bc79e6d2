/**
 * The worst stall of a trivial call (`account.whoami` of another user, one after another) while each hostile
 * file is processed by the emulator in its own process, as `npm start` runs it, beside its floor: the worst
 * whoami over the same time with nothing else running. Issue 19's target: answered within a second.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { evidenceFolder } from '../src/shared'
import { spawnEmulator } from '../test/security/spawned-emulator'
import {
  contentTypesBomb,
  interlacedPngBomb,
  jpegDeclaring,
  jpegOf,
  jpegWithNoiseScan,
  officeWith,
  pngDeclaring,
  zerosDeflated,
} from '../test/fixtures/hostile-files'
import { figures, type Figure } from './figures'

/** Rounds measured per file, after one not counted. */
const ROUNDS = 3
const BUDGET = { max: 1000, text: '≤ 1000 ms (issue 19)' }

type Send = (path: string, body: BodyInit) => Promise<{ ok: boolean; code?: string; message?: string }>

/** The worst latency of whoami calls sent one after another while `during` runs. */
async function worstStall(whoami: () => Promise<unknown>, during: () => Promise<unknown>): Promise<number> {
  let busy = true
  let worst = 0
  const probe = (async () => {
    while (busy) {
      const started = performance.now()
      await whoami()
      worst = Math.max(worst, performance.now() - started)
    }
  })()
  await during()
  busy = false
  await probe
  return worst
}

export default async function run(): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), 'hostile-bench-'))
  process.env.UPLOAD_LIMIT_PER_MINUTE = '100000'
  const emulator = await spawnEmulator(join(root, 'data'))
  try {
    const login = async (openid: string) => {
      const response = await fetch(new URL('/api/dev/login', emulator.url), { method: 'POST', body: JSON.stringify({ openid }) })
      return (response.headers.get('set-cookie') ?? '').split(';')[0]!
    }
    const sender = (cookie: string): Send => async (path, body) =>
      (await (await fetch(new URL(path, emulator.url), { method: 'POST', body, headers: { Cookie: cookie } })).json()) as Awaited<ReturnType<Send>>
    const filler = sender(await login('dev-filler-1'))
    const admin = sender(await login('dev-admin'))
    const reviewer = sender(await login('dev-reviewer'))
    const call = (send: Send, action: string, input: unknown = {}) => send('/api/call', JSON.stringify({ action, input }))
    const whoami = () => call(reviewer, 'account.whoami')
    const me = (await call(filler, 'account.whoami')) as unknown as { data: { society: { id: string } } }
    const folder = evidenceFolder(me.data.society.id, 2022, 'B1.2')
    let n = 0
    /** Uploads as the filler and, when the upload is taken, registers: the whole path a photo takes. */
    const evidence = (extension: string, bytes: Buffer) => async () => {
      const fileId = `${folder}/h${++n}.${extension}`
      const stored = await filler(`/api/upload?fileId=${encodeURIComponent(fileId)}`, bytes)
      if (stored.ok) await call(filler, 'submission.addPhoto', { year: 2022, itemId: 'B1.2', fileId: `local:${fileId}` })
    }
    const importList = (bytes: Buffer) => async () => {
      const uploaded = (await admin('/api/upload-import', bytes)) as { ok: boolean; data?: { fileId: string } }
      if (uploaded.ok) await call(admin, 'admin.readImportFile', { fileId: uploaded.data!.fileId, fileName: '名单.xlsx' })
    }
    const cases: [string, () => Promise<unknown>][] = [
      ['.xlsx evidence, [Content_Types].xml → 4 GiB', evidence('xlsx', contentTypesBomb())],
      ['import .xlsx, sheet → 256 MiB', importList(officeWith({ name: 'xl/worksheets/sheet1.xml', data: zerosDeflated(256), declaredSize: 4096 }))],
      ['PNG 20000 × 20000', evidence('png', pngDeclaring(20000, 20000))],
      ['JPEG declaring 60000 × 60000', evidence('jpg', jpegDeclaring(60000, 60000))],
      ['interlaced PNG, data → 1 GiB', evidence('png', interlacedPngBomb())],
      ['JPEG whose scan does not decode', evidence('jpg', jpegWithNoiseScan())],
      ['JPEG of 4 MP (the largest hashed)', evidence('jpg', jpegOf(2309, 1732))],
    ]
    let floor = 0
    for (let i = 0; i < ROUNDS; i++) floor = Math.max(floor, await worstStall(whoami, () => new Promise((r) => setTimeout(r, 1500))))
    const inputs = []
    for (const [name, during] of cases) {
      // Not counted: the first of a kind loads its code once (exceljs for an import: about a second of loading).
      const first = await worstStall(whoami, during)
      let worst = 0
      for (let i = 0; i < ROUNDS; i++) worst = Math.max(worst, await worstStall(whoami, during))
      console.log(`${name}: worst whoami ${worst.toFixed(0)} ms (floor ${floor.toFixed(0)} ms; first of its kind ${first.toFixed(0)} ms)`)
      inputs.push({ name: `whoami stall: ${name}`, value: Math.round(worst), unit: 'ms', floor: { name: 'no file', value: Math.round(floor) }, budget: BUDGET })
    }
    return figures('hostile-stall', inputs)
  } finally {
    await emulator.close()
    rmSync(root, { recursive: true, force: true })
  }
}
