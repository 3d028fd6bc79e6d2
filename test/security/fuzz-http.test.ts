import fc from 'fast-check'
import { ERROR_CODES } from '../../src/shared'
import { Client, JPEG, getRawPath, societyOf, useEmulator } from '../emulator/harness'
import { counter } from './counts'
import { hostileString, hostileValue } from './hostile'
import { rawRequest, statusOf } from './raw-http'

/** The emulator's HTTP endpoints under malformed JSON, huge bodies, odd paths and hostile uploads: it stays up. */
const emulator = useEmulator({ writeLimitPerMinute: 1_000_000, uploadLimitPerMinute: 1_000_000 })
const cases = counter('fuzz cases run (HTTP)')
let filler: Client
beforeAll(async () => {
  filler = new Client(emulator())
  await filler.login('dev-filler-1')
})

const typedFailure = (body: { ok: boolean; code?: string; message?: string }) =>
  body.ok === false && ERROR_CODES.includes(body.code as never) && /[\u4e00-\u9fff]/.test(body.message ?? '')

const encodePath = (s: string) => {
  try {
    return `/${encodeURIComponent(s)}`
  } catch {
    return `/${s.replace(/[^\x21-\x7e]/g, '_')}` // a lone surrogate cannot be encoded
  }
}

it('answers any body of POST /api/call with a typed result', async () => {
  const body = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    hostileValue.map((v) => {
      try {
        return JSON.stringify({ action: 'submission.saveAnswers', input: v }) ?? 'undefined'
      } catch {
        return '{"action":'
      }
    }),
    fc.constantFrom('', '{', '[]', 'null', '"x"', '{"action":"account.whoami","input":{}}'.slice(0, 20), '\u0000'),
  )
  await fc.assert(
    fc.asyncProperty(body, async (text) => {
      const answer = await filler.send('/api/call', { method: 'POST', body: text })
      cases.add()
      expect([200, 400, 413]).toContain(answer.status)
      if (!answer.body.ok) expect(typedFailure(answer.body)).toBe(true)
    }),
    { numRuns: 300 },
  )
}, 60_000)

it('answers odd paths and methods without crashing', async () => {
  const path = fc.oneof(
    hostileString.map(encodePath),
    fc.constantFrom('/..', '/../..', '/%2e%2e/%2e%2e/secret.txt', '/%', '/files/%', '/files/..%2f..%2fsecret.txt', '/api/', '/api/call/../dev/outbox', `/${'a'.repeat(20_000)}`),
  )
  await fc.assert(
    fc.asyncProperty(path, async (p) => {
      const answer = await getRawPath(emulator(), p)
      cases.add()
      expect(answer.status).toBeGreaterThanOrEqual(200)
      expect(answer.status).toBeLessThan(500)
      expect(answer.body).not.toContain('top secret')
    }),
    { numRuns: 200 },
  )
  for (const request of ['GARBAGE\r\n\r\n', 'GET / HTTP/9.9\r\n\r\n', 'DELETE /api/call HTTP/1.1\r\nHost: x\r\n\r\n', 'POST /api/call HTTP/1.1\r\nContent-Length: -5\r\n\r\n']) {
    expect(statusOf(await rawRequest(emulator().port, request, { waitMs: 300 }))).toBeLessThan(500)
    cases.add()
  }
}, 60_000)

it('refuses hostile uploads with a typed error and stores nothing for them', async () => {
  const societyId = await societyOf(filler)
  const names = ['../../x.jpg', '..%2fx.jpg', 'x.jpg/../../y.jpg', 'x.php', 'x.jpg.exe', '.jpg', 'a'.repeat(100) + '.jpg', 'x\u0000.jpg', '照片.jpg']
  for (const name of names) {
    const answer = await filler.upload(`evidence/${societyId}/2022/B1.1/${name}`, JPEG)
    cases.add()
    expect([400, 403]).toContain(answer.status)
    expect(typedFailure(answer.body)).toBe(true)
  }
  const fakes = [Buffer.from('<?php echo 1; ?>'), Buffer.from('GIF89a'), Buffer.alloc(0), Buffer.from('%PDF-1.4')]
  for (const [i, bytes] of fakes.entries()) {
    const answer = await filler.upload(`evidence/${societyId}/2022/B1.1/fake${i}.jpg`, bytes)
    cases.add()
    expect(answer).toMatchObject({ status: 415, body: { ok: false, code: 'INVALID_INPUT' } })
  }
  const oversized = await filler.upload(`evidence/${societyId}/2022/B1.1/big.jpg`, Buffer.concat([JPEG, Buffer.alloc(10 * 1024 * 1024)]))
  cases.add()
  expect(oversized).toMatchObject({ status: 413, body: { ok: false, code: 'PAYLOAD_TOO_LARGE' } })
  const urls = await filler.ok('evidence.urls', { fileIds: fakes.map((_, i) => `local:evidence/${societyId}/2022/B1.1/fake${i}.jpg`) })
  expect(urls.urls).toEqual({})
}, 60_000)

it('is still up and answering after all of the above', async () => {
  expect((await filler.call('account.whoami', {})).body.ok).toBe(true)
})
