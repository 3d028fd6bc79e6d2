/**
 * `npx tsx bench/upload-latency.ts [users] [uploadsEach]`: the latency of evidence photo uploads to the local
 * emulator under concurrent users (default 20 users × 15 rounds of: upload a 230 KB JPEG, save an answer).
 * The emulator runs in its own process, as `npm start` runs it, so that the load generator's own work is not
 * counted. Prints p50/p90/max per kind of request.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnEmulator } from '../test/security/spawned-emulator'
import { evidenceFolder, getRubric, rubricItems } from '../src/shared'
import { encodeJpeg, syntheticScene } from './evidence/synthetic-photos'

const USERS = Number(process.argv[2] ?? 20)
const EACH = Number(process.argv[3] ?? 15)

/** A generated photo of about 230 KB. */
function photoOfAbout(bytes: number): Buffer {
  for (let side = 400; ; side += 40) {
    const jpeg = Buffer.from(encodeJpeg(syntheticScene(42, side, Math.round(side * 0.75)), 92))
    if (jpeg.length >= bytes) return jpeg
  }
}

async function login(url: string, openid: string): Promise<string> {
  const response = await fetch(new URL('/api/dev/login', url), { method: 'POST', body: JSON.stringify({ openid }) })
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!
}

const percentile = (samples: number[], q: number) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))]!
const line = (name: string, samples: number[]) =>
  `${name}: ${samples.length} requests, p50 ${percentile(samples, 0.5).toFixed(1)} ms, p90 ${percentile(samples, 0.9).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'upload-bench-'))
  process.env.UPLOAD_LIMIT_PER_MINUTE = '100000'
  const emulator = await spawnEmulator(join(root, 'data'))
  try {
    const photo = photoOfAbout(230 * 1024)
    const cookies = await Promise.all(Array.from({ length: USERS }, () => login(emulator.url, 'dev-filler-1')))
    const me = await (await fetch(new URL('/api/call', emulator.url), {
      method: 'POST',
      headers: { Cookie: cookies[0]! },
      body: JSON.stringify({ action: 'account.whoami', input: {} }),
    })).json() as { data: { society: { id: string } } }
    const folder = evidenceFolder(me.data.society.id, 2022, 'B1.2')
    const itemIds = rubricItems(getRubric(2022)).map((item) => item.id)
    const uploads: number[] = []
    const saves: number[] = []
    const timed = async (samples: number[], send: () => Promise<Response>) => {
      const started = performance.now()
      const response = await send()
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      samples.push(performance.now() - started)
    }
    const started = performance.now()
    await Promise.all(
      cookies.map(async (cookie, user) => {
        for (let i = 0; i < EACH; i++) {
          const fileId = `${folder}/u${user}-${i}.jpg`
          await timed(uploads, () =>
            fetch(new URL(`/api/upload?fileId=${encodeURIComponent(fileId)}`, emulator.url), {
              method: 'POST',
              headers: { Cookie: cookie, 'Content-Type': 'image/jpeg' },
              body: photo,
            }),
          )
          const get = (await (await fetch(new URL('/api/call', emulator.url), {
            method: 'POST',
            headers: { Cookie: cookie },
            body: JSON.stringify({ action: 'submission.get', input: { year: 2022 } }),
          })).json()) as { data: { version: number } }
          const itemId = itemIds[(user * EACH + i) % itemIds.length]!
          await timed(saves, () =>
            fetch(new URL('/api/call', emulator.url), {
              method: 'POST',
              headers: { Cookie: cookie },
              body: JSON.stringify({ action: 'submission.saveAnswers', input: { year: 2022, baseVersion: get.data.version, patch: { [itemId]: null } } }),
            }),
          )
        }
      }),
    )
    console.log(`${USERS} concurrent users, ${EACH} rounds each, photo ${(photo.length / 1024).toFixed(0)} KB, ${(performance.now() - started).toFixed(0)} ms in all`)
    console.log(line('upload', uploads))
    console.log(line('save  ', saves))
  } finally {
    await emulator.close()
    rmSync(root, { recursive: true, force: true })
  }
}

void main()
