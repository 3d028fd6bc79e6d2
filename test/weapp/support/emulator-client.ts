import { request } from 'node:http'

/** The layer's one emulator (spawned by global-setup.ts), as the test files reach it. */
export function emulatorUrl(): string {
  const url = process.env.WEAPP_EMULATOR_URL
  if (!url) throw new Error('WEAPP_EMULATOR_URL is not set: run the weapp layer through jest (its global setup spawns the emulator)')
  return url
}

export interface HttpAnswer {
  status: number
  bytes: Buffer
  body: string
  setCookie: string[]
}

/** One HTTP request with Node's client (jsdom's fetch is absent and its XHR would add CORS rules). */
export function send(method: 'GET' | 'POST', path: string, body: Buffer | string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const length = { 'Content-Length': String(Buffer.byteLength(body)) }
    // A connection per request: a kept-alive socket the server is closing fails a large upload with ECONNRESET.
    const req = request(new URL(path, emulatorUrl()), { method, headers: { ...length, ...headers }, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const bytes = Buffer.concat(chunks)
        resolve({ status: res.statusCode ?? 0, bytes, body: bytes.toString('utf8'), setCookie: res.headers['set-cookie'] ?? [] })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

export const post = (path: string, body: Buffer | string, headers: Record<string, string> = {}) => send('POST', path, body, headers)

/** A dev-login session for `openid`: the Cookie header value that later calls carry. */
export async function loginAs(openid: string): Promise<string> {
  const answer = await post('/api/dev/login', JSON.stringify({ openid }), { 'Content-Type': 'application/json' })
  const cookie = answer.setCookie[0]?.split(';')[0]
  if (answer.status !== 200 || !cookie) throw new Error(`dev login as ${openid} failed: ${answer.status} ${answer.body}`)
  return cookie
}

/** `/api/call` `{ action, input }` as the session of `cookie`: the raw ActionResult (what a cloud function returns). */
export async function callAs(cookie: string, action: string, input: unknown): Promise<unknown> {
  const answer = await post('/api/call', JSON.stringify({ action, input }), { 'Content-Type': 'application/json', Cookie: cookie })
  return JSON.parse(answer.body) as unknown
}

/** Like callAs, for test setup: the data of a successful call, or a thrown error naming the action. */
export async function mustCall<T>(cookie: string, action: string, input: unknown): Promise<T> {
  const result = (await callAs(cookie, action, input)) as { ok: boolean; data?: T; message?: string }
  if (!result.ok) throw new Error(`${action} failed: ${JSON.stringify(result)}`)
  return result.data as T
}
