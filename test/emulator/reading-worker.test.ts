import { openSqliteStore } from '../../emulator/store/sqlite-store'
import { startReadingWorker } from '../../emulator/reading/reading-worker'
import type { TextReader } from '../../cloudfunctions/core/reading/text-reader'
import type { FileStore } from '../../cloudfunctions/core/ports'

const files = (stored: Record<string, Uint8Array>): FileStore => ({
  tempUrls: async () => ({}),
  delete: async () => undefined,
  read: async (fileId) => stored[fileId] ?? null,
})
const job = (fileId: string) => ({ fileId, submissionId: 'sub-1', societyId: 's1', year: 2022, itemId: 'B6.3' })
const clock = { now: () => new Date() }

/** A reader that reads the bytes as UTF-8 text, counting how often it was started, used and ended. */
function countingReader() {
  const counts = { started: 0, reads: 0, closed: 0 }
  const make = async (): Promise<TextReader> => {
    counts.started++
    return {
      read: async (image) => {
        counts.reads++
        const text = Buffer.from(image).toString('utf8')
        return { text, lines: [text] }
      },
      close: async () => {
        counts.closed++
      },
    }
  }
  return { counts, make }
}

const waitFor = async (condition: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await condition()); i++) await new Promise((done) => setTimeout(done, 20))
}

describe('the emulator’s reading worker', () => {
  it('reads queued photos in the background, starting the reader only for them, and ends it when idle and on close', async () => {
    const store = openSqliteStore(':memory:')
    const { counts, make } = countingReader()
    const worker = startReadingWorker({ store, files: files({ a: Buffer.from('2021年3月15日会议记录') }), clock }, make, {
      everyMs: 10,
      idleCloseMs: 50,
    })
    try {
      await new Promise((done) => setTimeout(done, 60))
      expect(counts.started).toBe(0)
      await store.enqueueReading(job('a'), new Date().toISOString())
      await waitFor(async () => (await store.listReadings('sub-1'))[0]?.status === 'done')
      expect((await store.listReadings('sub-1'))[0]).toMatchObject({ dates: ['2021-03-15'], outsideYear: true })
      await waitFor(async () => counts.closed === 1)
      expect(counts).toEqual({ started: 1, reads: 1, closed: 1 })
    } finally {
      await worker.close()
      store.close()
    }
  })

  it('drains on demand, and starts the reader again after it failed to start', async () => {
    const store = openSqliteStore(':memory:')
    const { counts, make } = countingReader()
    let failures = 1
    const flaky = () => (failures-- > 0 ? Promise.reject(new Error('wasm 加载失败')) : make())
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const worker = startReadingWorker({ store, files: files({ b: Buffer.from('2022年6月') }), clock }, flaky, { everyMs: 60_000, retryMs: 0 })
    try {
      await store.enqueueReading(job('b'), new Date().toISOString())
      expect(await worker.drain()).toEqual({ read: 0, failed: 1 })
      await new Promise((done) => setTimeout(done, 5))
      expect(await worker.drain()).toEqual({ read: 1, failed: 0 })
      expect(counts.started).toBe(1)
      expect((await store.listReadings('sub-1'))[0]).toMatchObject({ status: 'done', attempts: 2, dates: ['2022-06'] })
    } finally {
      errors.mockRestore()
      await worker.close()
      store.close()
    }
    expect(counts.closed).toBe(1)
  })
})
