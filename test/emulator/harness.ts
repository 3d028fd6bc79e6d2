import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/server'
import type { ActionInput, ActionName } from '../../src/shared'
import { encodeJpeg, syntheticScene } from '../../bench/evidence/synthetic-photos'

/** A temporary folder with a tiny fake H5 build beside the data folder, and a secret outside the build. */
export function makeWorkspace(): { root: string; dataDir: string; h5Dir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'emulator-test-'))
  const h5Dir = join(root, 'h5')
  mkdirSync(join(h5Dir, 'js'), { recursive: true })
  writeFileSync(join(h5Dir, 'index.html'), '<!DOCTYPE html><title>绩效自评</title>')
  writeFileSync(join(h5Dir, 'js', 'app.0123abcd.js'), 'console.log(1)')
  writeFileSync(join(root, 'secret.txt'), 'top secret')
  return { root, dataDir: join(root, 'data'), h5Dir, remove: () => rmSync(root, { recursive: true, force: true }) }
}

/**
 * For a test file: an emulator on a fresh workspace for all its tests, stopped and removed afterwards.
 * Answers a getter, since the emulator starts in beforeAll.
 */
export function useEmulator(options: Partial<EmulatorOptions> = {}): () => RunningEmulator {
  const workspace = makeWorkspace()
  let emulator: RunningEmulator | undefined
  beforeAll(async () => {
    emulator = await start(workspace, options)
  })
  afterAll(async () => {
    await emulator?.close()
    workspace.remove()
  })
  return () => emulator!
}

export const start = (workspace: { dataDir: string; h5Dir: string }, options: Partial<EmulatorOptions> = {}) =>
  startEmulator({ port: 0, dataDir: workspace.dataDir, h5Dir: workspace.h5Dir, quiet: true, ...options })

export interface Answer<T = unknown> {
  status: number
  headers: Headers
  body: T
}

type Json = { ok: boolean; data?: any; code?: string; message?: string } // eslint-disable-line @typescript-eslint/no-explicit-any

/** One browser: real HTTP to the emulator, keeping the session cookie the way a browser would. */
export class Client {
  private cookie = ''
  constructor(private readonly emulator: RunningEmulator) {}

  async send(path: string, init: RequestInit = {}): Promise<Answer<Json>> {
    const headers = new Headers(init.headers)
    if (this.cookie) headers.set('Cookie', this.cookie)
    const response = await fetch(new URL(path, this.emulator.url), { ...init, headers })
    const setCookie = response.headers.get('set-cookie')
    if (setCookie) this.cookie = setCookie.split(';')[0]!
    const text = await response.text()
    let body: Json
    try {
      body = JSON.parse(text) as Json
    } catch {
      body = { ok: false, message: text }
    }
    return { status: response.status, headers: response.headers, body }
  }

  login(openid: string) {
    return this.send('/api/dev/login', { method: 'POST', body: JSON.stringify({ openid }) })
  }

  call<A extends ActionName>(action: A, input: ActionInput<A>) {
    return this.send('/api/call', { method: 'POST', body: JSON.stringify({ action, input }) })
  }

  /** Calls and expects success: answers the action's data. */
  async ok<A extends ActionName>(action: A, input: ActionInput<A>) {
    const answer = await this.call(action, input)
    if (!answer.body.ok) throw new Error(`${action} failed: ${answer.body.code} ${answer.body.message}`)
    return answer.body.data
  }

  upload(fileId: string, bytes: Uint8Array) {
    return this.send(`/api/upload?fileId=${encodeURIComponent(fileId)}`, { method: 'POST', body: bytes })
  }

  async raw(path: string): Promise<{ status: number; type: string | null; headers: Headers; bytes: Buffer }> {
    const response = await fetch(new URL(path, this.emulator.url), { headers: this.cookie ? { Cookie: this.cookie } : {} })
    const bytes = Buffer.from(await response.arrayBuffer())
    return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, bytes }
  }
}

/** GET with the path exactly as written (fetch would normalize `..` away before sending). */
export function getRawPath(emulator: RunningEmulator, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: emulator.port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end()
  })
}

/** A valid 1×1 PNG and a small real JPEG (the emulator reads their headers whole). */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)
export const JPEG = Buffer.from(encodeJpeg(syntheticScene(1, 64, 48), 85))

/** A bound filler's society id, from their own whoami. */
export async function societyOf(client: Client): Promise<string> {
  const me = await client.ok('account.whoami', {})
  return me.society.id as string
}

/** A second society's filler: the admin reissues that society's code, a brand-new user binds with it. */
export async function fillerOfAnotherSociety(emulator: RunningEmulator, societyName: string): Promise<Client> {
  const admin = new Client(emulator)
  await admin.login('dev-admin')
  const { societies } = await admin.ok('admin.listSocieties', {})
  const society = (societies as { id: string; name: string }[]).find((s) => s.name === societyName)!
  const { bindingCode } = await admin.ok('admin.reissueCode', { societyId: society.id })
  const filler = new Client(emulator)
  await filler.login(`dev-new-${Math.random().toString(36).slice(2, 10)}`)
  await filler.ok('account.bind', { bindingCode, name: '赵强', phone: '13900139000' })
  return filler
}
