/** A dev-login session against the emulator over real HTTP, timing every call by action name. */
export type Samples = Map<string, number[]>

export class Session {
  private cookie = ''

  constructor(
    private readonly base: string,
    private readonly samples: Samples,
  ) {}

  private async timed<T>(name: string, send: () => Promise<Response>): Promise<T> {
    const started = performance.now()
    const response = await send()
    const body = (await response.json()) as { ok: boolean; data?: unknown; code?: string; message?: string }
    const list = this.samples.get(name) ?? []
    list.push(performance.now() - started)
    this.samples.set(name, list)
    if (!body.ok) throw new Error(`${name}: ${body.code} ${body.message}`)
    return body.data as T
  }

  async login(openid: string): Promise<void> {
    const response = await fetch(new URL('/api/dev/login', this.base), { method: 'POST', body: JSON.stringify({ openid }) })
    if (!response.ok) throw new Error(`dev login ${openid}: ${response.status}`)
    this.cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!
    await response.arrayBuffer()
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call<T = any>(action: string, input: unknown = {}): Promise<T> {
    return this.timed(action, () =>
      fetch(new URL('/api/call', this.base), {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: this.cookie },
        body: JSON.stringify({ action, input }),
      }),
    )
  }

  upload(fileId: string, image: Uint8Array): Promise<{ fileId: string }> {
    return this.timed('upload', () =>
      fetch(new URL(`/api/upload?fileId=${encodeURIComponent(fileId)}`, this.base), {
        method: 'POST',
        headers: { cookie: this.cookie, 'content-type': 'image/jpeg' },
        body: image,
      }),
    )
  }
}

/** Runs `work` for every index 0..n-1, at most `width` at a time. */
export async function pool(n: number, width: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < n) await work(next++)
  }
  await Promise.all(Array.from({ length: Math.min(width, n) }, worker))
}
