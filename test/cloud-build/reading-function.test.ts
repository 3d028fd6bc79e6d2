import type { WxSdk } from '../../cloudfunctions/adapters/wx/create-main'
import { createMain } from '../../cloudfunctions/adapters/wx/create-main'
import { createWxStore } from '../../cloudfunctions/adapters/wx/wx-store'
import { READING_CLAIM_SECONDS, readOnTimer } from '../../cloudfunctions/core/reading/read-on-timer'
import type { TextReader } from '../../cloudfunctions/core/reading/text-reader'
import { MAX_READING_ATTEMPTS } from '../../cloudfunctions/core/store/evidence-readings'
import { fakeCloudDatabase, type FakeDatabase } from './fake-cloud-db'

/**
 * The `reading` cloud function's timer path over the WeChat adapters (cloud database, cloud storage) with a fake
 * wx-server-sdk and a reader that reads the text written in its "image" or rejects bytes that are no image. The real
 * reader runs in the built function's own test (test/reading/reading-function.test.ts).
 */
const START = new Date('2022-06-01T02:00:00Z')
const TIMER = { Type: 'Timer', TriggerName: 'readEvidence', Time: START.toISOString() }
const IMAGE = 'IMG:'

let db: FakeDatabase
let stored: Map<string, Uint8Array>
let openid: string | undefined
let readers: { started: number; closed: number; reads: number }
/** How long each read takes, on the mocked clock. */
let readMs: number

function fakeSdk(): WxSdk {
  return {
    init: () => undefined,
    DYNAMIC_CURRENT_ENV: 'test-env',
    getWXContext: () => ({ OPENID: openid }),
    database: () => db,
    getTempFileURL: async ({ fileList }: { fileList: string[] }) => ({
      fileList: fileList.map((fileID) =>
        stored.has(fileID) ? { fileID, status: 0, tempFileURL: `https://tmp/${fileID}` } : { fileID, status: -1, errMsg: 'STORAGE_FILE_NONEXIST' },
      ),
    }),
    downloadFile: async ({ fileID }: { fileID: string }) => ({ fileContent: Buffer.from(stored.get(fileID)!) }),
    deleteFile: async () => ({ fileList: [] }),
    openapi: {},
  } as unknown as WxSdk
}

async function makeReader(): Promise<TextReader> {
  readers.started++
  return {
    async read(image) {
      readers.reads++
      jest.setSystemTime(Date.now() + readMs)
      const text = Buffer.from(image).toString('utf8')
      if (!text.startsWith(IMAGE)) throw new Error('不是可识别的图片')
      return { text: text.slice(IMAGE.length), lines: text.slice(IMAGE.length).split('\n') }
    },
    async close() {
      readers.closed++
    },
  }
}

const main = () => createMain('reading', fakeSdk(), {}, { onTimer: (ctx) => readOnTimer(ctx, makeReader) })
const store = () => createWxStore(db)

async function queuePhoto(name: string, bytes: string | null) {
  const fileId = `cloud://env/evidence/2022/soc-1/B6.3/${name}`
  if (bytes !== null) stored.set(fileId, Buffer.from(bytes))
  await store().enqueueReading({ fileId, submissionId: 'sub-1', societyId: 'soc-1', year: 2022, itemId: 'B6.3' }, new Date().toISOString())
  return fileId
}

const readingOf = async (fileId: string) => (await store().listReadings('sub-1')).find((r) => r.fileId === fileId)!

beforeEach(() => {
  // Only Date is mocked: the fake database and the reads still resolve as promises do.
  jest.useFakeTimers({ now: START, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask'] })
  db = fakeCloudDatabase()
  stored = new Map()
  openid = undefined
  readers = { started: 0, closed: 0, reads: 0 }
  readMs = 1000
  jest.spyOn(console, 'log').mockImplementation(() => undefined)
  jest.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => {
  jest.useRealTimers()
  jest.restoreAllMocks()
})

describe('the reading cloud function on its timer', () => {
  it('reads a queued photo from cloud storage to done, with its text and dates, and closes the reader', async () => {
    const fileId = await queuePhoto('minutes.jpg', `${IMAGE}会 议 记 录\n时间：2021年3月15日`)
    expect(await main()(TIMER)).toEqual({ ok: true, data: { read: 1, failed: 0 } })
    expect(await readingOf(fileId)).toMatchObject({
      status: 'done',
      attempts: 1,
      text: '会议记录\n时间：2021年3月15日',
      dates: ['2021-03-15'],
      outsideYear: true,
      leaseOwner: '',
    })
    expect(readers).toEqual({ started: 1, closed: 1, reads: 1 })
  })

  it(`fails a broken photo after ${MAX_READING_ATTEMPTS} tries on later runs, and a photo whose file is gone at once`, async () => {
    const broken = await queuePhoto('broken.jpg', 'not an image at all')
    const gone = await queuePhoto('gone.jpg', null)
    const fn = main()

    expect(await fn(TIMER)).toEqual({ ok: true, data: { read: 0, failed: 2 } })
    expect(await readingOf(gone)).toMatchObject({ status: 'failed', error: '照片文件不存在' })
    expect(await readingOf(broken)).toMatchObject({ status: 'pending', attempts: 1, error: '不是可识别的图片' })

    // A run before the retry time leaves it alone.
    expect(await fn(TIMER)).toEqual({ ok: true, data: { read: 0, failed: 0 } })
    for (let attempt = 2; attempt <= MAX_READING_ATTEMPTS; attempt++) {
      jest.setSystemTime(Date.now() + 60_000) // the next minute's run
      expect(await fn(TIMER)).toEqual({ ok: true, data: { read: 0, failed: 1 } })
    }
    expect(await readingOf(broken)).toMatchObject({ status: 'failed', attempts: MAX_READING_ATTEMPTS, error: '不是可识别的图片' })
    jest.setSystemTime(Date.now() + 60_000)
    expect(await fn(TIMER)).toEqual({ ok: true, data: { read: 0, failed: 0 } })
    expect(readers.closed).toBe(readers.started)
  })

  it('stops claiming when its time budget is spent, leaving the rest queued for the next run', async () => {
    readMs = 15_000
    const photos = await Promise.all(['a', 'b', 'c', 'd'].map((n) => queuePhoto(`${n}.jpg`, `${IMAGE}2022年${n.charCodeAt(0) - 96}月1日`)))
    const runs = Math.ceil(READING_CLAIM_SECONDS / 15)
    expect(await main()(TIMER)).toEqual({ ok: true, data: { read: runs, failed: 0 } })
    const statuses = await Promise.all(photos.map(async (p) => (await readingOf(p)).status))
    expect(statuses).toEqual(photos.map((_, i) => (i < runs ? 'done' : 'pending')))
    expect((await readingOf(photos[runs]!)).attempts).toBe(0)
    expect(readers.closed).toBe(1)
  })

  it('ends the run when the reader cannot start, spending one try, and reads on the next run', async () => {
    const photos = await Promise.all(['a', 'b'].map((n) => queuePhoto(`${n}.jpg`, `${IMAGE}2022年5月${n === 'a' ? 1 : 2}日`)))
    let starts = 0
    const broken = () => (++starts === 1 ? Promise.reject(new Error('wasm 加载失败')) : makeReader())
    const fn = createMain('reading', fakeSdk(), {}, { onTimer: (ctx) => readOnTimer(ctx, broken) })
    expect(await fn(TIMER)).toEqual({ ok: true, data: { read: 0, failed: 1 } })
    expect(await readingOf(photos[0]!)).toMatchObject({ status: 'pending', attempts: 1, error: '识别程序未能启动：wasm 加载失败' })
    expect(await readingOf(photos[1]!)).toMatchObject({ status: 'pending', attempts: 0 })
    jest.setSystemTime(Date.now() + 60_000)
    expect(await fn(TIMER)).toEqual({ ok: true, data: { read: 2, failed: 0 } })
    expect(readers).toMatchObject({ started: 1, closed: 1 })
  })

  it('does not start the reader when nothing is queued', async () => {
    expect(await main()(TIMER)).toEqual({ ok: true, data: { read: 0, failed: 0 } })
    expect(readers.started).toBe(0)
  })

  it('refuses a call from a user, even one dressed as the timer, in Chinese and without touching the queue', async () => {
    const fileId = await queuePhoto('minutes.jpg', `${IMAGE}2022年3月15日`)
    openid = 'oUser_0123456789'
    for (const event of [TIMER, { action: 'review.get', input: { submissionId: 'sub-1' } }, {}]) {
      expect(await main()(event)).toEqual({ ok: false, code: 'FORBIDDEN', message: expect.stringMatching(/^云函数 reading 只由定时触发器运行/) })
    }
    openid = undefined
    expect(await main()({ action: 'evidence.readings', input: { year: 2022, itemId: 'B6.3' } })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await readingOf(fileId)).toMatchObject({ status: 'pending', attempts: 0 })
    expect(readers.started).toBe(0)
  })
})
