import { createMain, EVENT_SIZE_LIMIT, type WxSdk } from '../../cloudfunctions/adapters/wx/create-main'
import { MAX_ITEMS_PER_CALL, getRubric, rubricItems, rubricYears } from '../../src/shared'
import { fakeCloudDatabase } from '../cloud-build/fake-cloud-db'
import { Client, PNG, societyOf, useEmulator } from '../emulator/harness'
import { handlerDriver } from './handler-driver'
import { buildWorld, YEAR } from './world'

/** Per-user rate limits on writes and uploads, payload size limits, and the clear errors when they are hit. */
const CHINESE = /[\u4e00-\u9fff]/

describe('the write rate limit of the cloud handlers', () => {
  it('refuses the write beyond the limit with RATE_LIMITED, keeps reads and other users going, and resets', async () => {
    const d = handlerDriver(undefined, 1_000_000)
    const w = await buildWorld(d)
    const limited = handlerDriver(d.store, 5)
    limited.clock.advance(60_000) // past the minute in which the world was built
    const save = (who: string) => limited.call(who, { action: 'account.updateProfile', input: { name: '张三', phone: '13800138000' } })
    for (let i = 0; i < 5; i++) expect(await save(w.ids.fillerA!)).toMatchObject({ ok: true })
    const refused = await save(w.ids.fillerA!)
    expect(refused).toMatchObject({ ok: false, code: 'RATE_LIMITED', message: expect.stringMatching(CHINESE) })
    expect(await limited.call(w.ids.fillerA, { action: 'account.whoami', input: {} })).toMatchObject({ ok: true })
    expect(await save(w.ids.fillerB!)).toMatchObject({ ok: true })
    limited.clock.advance(60_000)
    expect(await save(w.ids.fillerA!)).toMatchObject({ ok: true })
    d.store.close()
  })
})

describe('the emulator’s limits', () => {
  // Fixed one-minute windows: a test may straddle two, so the first refusal comes after `limit` to 2×`limit` calls.
  const emulator = useEmulator({ writeLimitPerMinute: 10, uploadLimitPerMinute: 2 })
  const firstRefusal = async (
    limit: number,
    attempt: (i: number) => Promise<{ status: number; body: { ok: boolean; code?: string } }>,
    refused = (body: { ok: boolean; code?: string }) => !body.ok,
  ) => {
    for (let i = 0; i <= 2 * limit; i++) {
      const answer = await attempt(i)
      if (refused(answer.body)) return { index: i, answer }
    }
    throw new Error('never refused')
  }
  let filler: Client
  let societyId: string
  beforeAll(async () => {
    filler = new Client(emulator())
    await filler.login('dev-filler-1')
    societyId = await societyOf(filler)
  })

  it('answers writes beyond the per-user limit with RATE_LIMITED', async () => {
    const reviewer = new Client(emulator())
    await reviewer.login('dev-reviewer')
    // The seed's own write (the reviewer accepting their invitation) counts too when it falls in this minute.
    const { index, answer } = await firstRefusal(10, () => reviewer.call('account.updateProfile', { name: '王建华', phone: '13800138002' }))
    expect(index).toBeGreaterThanOrEqual(9)
    expect(answer.body).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(CHINESE) })
  })

  it('limits guessing invitation codes as it limits binding codes', async () => {
    const guesser = new Client(emulator())
    await guesser.login(`dev-guess-${Math.random().toString(36).slice(2, 10)}`)
    const guess = () => guesser.call('account.acceptInvite', { code: 'WRONGCODE2', name: '猜码' })
    const { index, answer } = await firstRefusal(10, guess, (body) => body.code === 'RATE_LIMITED')
    expect(index).toBeGreaterThanOrEqual(10)
    expect(answer.body).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(CHINESE) })
  })

  it('answers uploads beyond the per-user limit with HTTP 429 RATE_LIMITED', async () => {
    const { index, answer } = await firstRefusal(2, (n) => filler.upload(`evidence/${societyId}/2022/B1.1/limit${n}.png`, PNG))
    expect(index).toBeGreaterThanOrEqual(2)
    expect(answer.status).toBe(429)
    expect(answer.body).toMatchObject({ ok: false, code: 'RATE_LIMITED', message: '上传过于频繁，请稍等一分钟再试' })
  })

  it('refuses a call body over 1 MB with 413 PAYLOAD_TOO_LARGE and stays up', async () => {
    const huge = JSON.stringify({ action: 'account.whoami', input: { pad: 'x'.repeat(1024 * 1024 + 1) } })
    const answer = await filler.send('/api/call', { method: 'POST', body: huge })
    expect(answer.status).toBe(413)
    expect(answer.body).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(CHINESE) })
    expect((await filler.call('account.whoami', {})).body.ok).toBe(true)
  })
})

describe('payload limits of the cloud functions', () => {
  const sdk = {
    init: () => undefined,
    DYNAMIC_CURRENT_ENV: 'test-env',
    getWXContext: () => ({ OPENID: 'o-someone' }),
    database: () => fakeCloudDatabase(),
    getTempFileURL: async () => ({ fileList: [] }),
    deleteFile: async () => ({ fileList: [] }),
    openapi: {},
  } as unknown as WxSdk
  const main = createMain('submission', sdk, {})

  it('refuses an event over 512 KB before dispatching it', async () => {
    const event = { action: 'submission.get', input: { year: 2022, pad: 'x'.repeat(EVENT_SIZE_LIMIT) } }
    expect(await main(event)).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('512 KB') })
  })

  it('refuses an event too deep to serialize as INVALID_INPUT', async () => {
    let deep: unknown = 1
    for (let i = 0; i < 200_000; i++) deep = [deep]
    expect(await main({ action: 'submission.get', input: deep })).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  })
})

describe('patches with too many items', () => {
  it('covers every rubric’s items in one call', () => {
    for (const year of rubricYears()) expect(rubricItems(getRubric(year)).length).toBeLessThanOrEqual(MAX_ITEMS_PER_CALL)
  })

  it('refuses thousands of keys quickly with a short message', async () => {
    const d = handlerDriver()
    const w = await buildWorld(d)
    for (const n of [MAX_ITEMS_PER_CALL + 1, 5_000, 50_000]) {
      const patch = Object.fromEntries(Array.from({ length: n }, (_, i) => [`B${i % 99}.${Math.floor(i / 99) % 99}`, null]))
      const started = Date.now()
      const result = await d.call(w.ids.fillerA, { action: 'submission.saveAnswers', input: { year: YEAR, baseVersion: 0, patch } })
      expect(Date.now() - started).toBeLessThan(500)
      expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
      if (!result.ok) expect(result.message.length).toBeLessThan(1000)
    }
    d.store.close()
  })
})
