import { readQueued, type PhotoTextReader } from '../../cloudfunctions/core/reading/read-queued'
import { MAX_READING_ATTEMPTS } from '../../cloudfunctions/core/store/evidence-readings'
import { jpegPhoto, pdfFile } from '../fixtures/evidence-files'
import { FILLER_A, FILLER_B, REVIEWER, YEAR, photoOf, useHarness } from './harness'

const h = useHarness()
const LEASE_MS = 60_000
const RETRY_MS = 20_000

/** A text reader that answers the text given for each photo's bytes, or fails for the photos told to. */
class FakeReader implements PhotoTextReader {
  readonly texts = new Map<string, string>()
  readonly failing = new Set<string>()
  reads = 0
  async read(image: Uint8Array) {
    this.reads++
    const key = Buffer.from(image).toString('base64')
    if (this.failing.has(key)) throw new Error('读图失败')
    const text = this.texts.get(key) ?? ''
    return { text, lines: text.split('\n') }
  }
}

let reader: FakeReader
beforeEach(() => {
  reader = new FakeReader()
})

let seed = 0
/** Uploads a photo whose reading will be `text` (or fail), then registers it under the item. */
async function addPhoto(itemId: string, name: string, text: string | Error, openid = FILLER_A, societyId = h.societyA.id) {
  const fileId = photoOf(societyId, itemId, name)
  const bytes = jpegPhoto(++seed)
  h.files.put(fileId, bytes)
  const key = bytes.toString('base64')
  if (text instanceof Error) reader.failing.add(key)
  else reader.texts.set(key, text)
  await h.ok(openid, 'submission.addPhoto', { year: YEAR, itemId, fileId })
  return fileId
}

const drain = (owner = 'w1') => readQueued(h.context(null), reader, { owner, leaseMs: LEASE_MS, retryMs: RETRY_MS })
const submissionId = async () => (await h.ok(FILLER_A, 'submission.get', { year: YEAR })).id

describe('reading evidence photos', () => {
  it('queues a registered photo as pending, reads it off the save path, and shows its text and dates to filler and reviewer', async () => {
    const fileId = await addPhoto('B6.3', 'minutes.jpg', '会 议 记 录\n时间：2021年3月15日')
    expect(reader.reads).toBe(0)
    expect(await h.ok(FILLER_A, 'evidence.readings', { year: YEAR, itemId: 'B6.3' })).toEqual({
      readings: { [fileId]: { status: 'pending', text: '', dates: [], outsideYear: false } },
    })
    expect(await drain()).toEqual({ read: 1, failed: 0 })
    const done = { status: 'done', text: '会议记录\n时间：2021年3月15日', dates: ['2021-03-15'], outsideYear: true }
    expect((await h.ok(FILLER_A, 'evidence.readings', { year: YEAR, itemId: 'B6.3' })).readings[fileId]).toEqual(done)
    expect((await h.ok(REVIEWER, 'review.get', { submissionId: await submissionId() })).readings).toEqual({ [fileId]: done })
  })

  it('flags a photo only when every date on it lies outside the year, and keeps a photo without dates unflagged', async () => {
    const mixed = await addPhoto('B6.3', 'mixed.jpg', '2021年12月30日通知，2022年1月5日召开')
    const none = await addPhoto('B6.3', 'none.jpg', '会议记录')
    await drain()
    const { readings } = await h.ok(FILLER_A, 'evidence.readings', { year: YEAR, itemId: 'B6.3' })
    expect(readings[mixed]).toMatchObject({ dates: ['2021-12-30', '2022-01-05'], outsideYear: false })
    expect(readings[none]).toMatchObject({ status: 'done', dates: [], outsideYear: false })
  })

  it('never reads documents', async () => {
    const fileId = photoOf(h.societyA.id, 'B6.3', 'rules.pdf')
    h.files.put(fileId, pdfFile())
    await h.ok(FILLER_A, 'submission.addPhoto', { year: YEAR, itemId: 'B6.3', fileId })
    expect(await h.ok(FILLER_A, 'evidence.readings', { year: YEAR, itemId: 'B6.3' })).toEqual({ readings: {} })
    expect(await drain()).toEqual({ read: 0, failed: 0 })
  })

  it(`retries a failing photo, fails it after ${MAX_READING_ATTEMPTS} tries, and leaves the evidence usable`, async () => {
    const fileId = await addPhoto('B6.3', 'blurred.jpg', new Error('读图失败'))
    for (let run = 1; run <= MAX_READING_ATTEMPTS; run++) {
      expect(await drain(`w${run}`)).toEqual({ read: 0, failed: 1 })
      // A failed photo waits before its next try: the same run does not try it again.
      expect(await drain(`w${run}`)).toEqual({ read: 0, failed: 0 })
      h.clock.advance(RETRY_MS + 1)
    }
    expect(await drain()).toEqual({ read: 0, failed: 0 })
    expect(reader.reads).toBe(MAX_READING_ATTEMPTS)
    const view = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
    expect(view.evidence['B6.3']).toEqual([fileId])
    expect((await h.ok(FILLER_A, 'evidence.readings', { year: YEAR, itemId: 'B6.3' })).readings[fileId]).toEqual({
      status: 'failed',
      text: '',
      dates: [],
      outsideYear: false,
    })
    const other = await addPhoto('B6.3', 'ok.jpg', '2022年5月')
    await drain()
    expect((await h.ok(REVIEWER, 'review.get', { submissionId: view.id })).readings?.[other]).toMatchObject({ status: 'done', dates: ['2022-05'] })
    await h.submitComplete(FILLER_A)
  })

  it('fails a photo whose file is gone at once, without asking the reader', async () => {
    const fileId = await addPhoto('B6.3', 'gone.jpg', '2022年3月1日')
    h.files.stored.delete(fileId)
    expect(await drain()).toEqual({ read: 0, failed: 1 })
    expect(reader.reads).toBe(0)
  })

  it('gives a photo whose reader died mid-read (its lease ran out) to the next run', async () => {
    const fileId = await addPhoto('B6.3', 'slow.jpg', '2022年6月1日')
    const store = h.store
    const crashed = await store.claimReading({ owner: 'dead', now: h.clock.now().toISOString(), leaseUntil: new Date(h.clock.now().getTime() + LEASE_MS).toISOString() })
    expect(crashed?.fileId).toBe(fileId)
    expect(await drain('w2')).toEqual({ read: 0, failed: 0 })
    h.clock.advance(LEASE_MS + 1)
    expect(await drain('w2')).toEqual({ read: 1, failed: 0 })
    expect(await store.completeReading(fileId, 'dead', { text: '', lines: [], dates: [], outsideYear: false }, h.clock.now().toISOString())).toBe(false)
    expect((await h.ok(FILLER_A, 'evidence.readings', { year: YEAR, itemId: 'B6.3' })).readings[fileId]).toMatchObject({ dates: ['2022-06-01'] })
  })

  it('stops at the run’s photo limit and its time limit', async () => {
    await addPhoto('B6.3', 'a.jpg', '2022年1月')
    await addPhoto('B6.3', 'b.jpg', '2022年2月')
    expect(await readQueued(h.context(null), reader, { owner: 'w', leaseMs: LEASE_MS, maxPhotos: 1 })).toEqual({ read: 1, failed: 0 })
    expect(await readQueued(h.context(null), reader, { owner: 'w', leaseMs: LEASE_MS, until: h.clock.now() })).toEqual({ read: 0, failed: 0 })
    expect(await drain()).toEqual({ read: 1, failed: 0 })
  })

  it('drops the reading of a removed photo, and shows another society none of this one’s readings', async () => {
    const kept = await addPhoto('B6.3', 'kept.jpg', '2021年4月1日')
    const removed = await addPhoto('B6.3', 'removed.jpg', '2021年5月1日')
    await h.ok(FILLER_A, 'submission.removePhoto', { year: YEAR, itemId: 'B6.3', fileId: removed })
    await drain()
    expect(Object.keys((await h.ok(FILLER_A, 'evidence.readings', { year: YEAR, itemId: 'B6.3' })).readings)).toEqual([kept])
    expect((await h.store.listReadings(await submissionId())).map((r) => r.fileId)).toEqual([kept])
    expect(await h.ok(FILLER_B, 'evidence.readings', { year: YEAR, itemId: 'B6.3' })).toEqual({ readings: {} })
    const theirs = await addPhoto('B6.3', 'theirs.jpg', '2022年4月1日', FILLER_B, h.societyB.id)
    await drain()
    const mine = await h.ok(FILLER_A, 'evidence.readings', { year: YEAR, itemId: 'B6.3' })
    expect(Object.keys(mine.readings)).toEqual([kept])
    expect(Object.keys((await h.ok(FILLER_B, 'evidence.readings', { year: YEAR, itemId: 'B6.3' })).readings)).toEqual([theirs])
  })

  it('lists on the dashboard the items with the most out-of-year photos across societies', async () => {
    await addPhoto('B6.3', 'old-a.jpg', '2021年3月15日')
    await addPhoto('B6.3', 'old-b.jpg', '2021年6月1日')
    await addPhoto('B1.2', 'current.jpg', '2022年6月1日')
    await addPhoto('B6.3', 'old-c.jpg', '2020年1月', FILLER_B, h.societyB.id)
    await addPhoto('B1.2', 'old-d.jpg', '2021年1月', FILLER_B, h.societyB.id)
    expect((await h.ok(REVIEWER, 'report.dashboard', { year: YEAR })).outsideYearItems).toEqual([])
    await drain()
    const { outsideYearItems } = await h.ok(REVIEWER, 'report.dashboard', { year: YEAR })
    expect(outsideYearItems?.map(({ id, photos, societies }) => ({ id, photos, societies }))).toEqual([
      { id: 'B6.3', photos: 3, societies: 2 },
      { id: 'B1.2', photos: 1, societies: 1 },
    ])
    expect(outsideYearItems?.[0]?.indicator).toBeTruthy()
  })

  it('answers readings to fillers only, for a known item', async () => {
    expect(await h.fail(REVIEWER, 'evidence.readings', { year: YEAR, itemId: 'B6.3' })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await h.fail(FILLER_A, 'evidence.readings', { year: YEAR, itemId: 'B99.1' })).toMatchObject({ code: 'INVALID_INPUT' })
    expect(await h.ok(FILLER_A, 'evidence.readings', { year: YEAR, itemId: 'B1.2' })).toEqual({ readings: {} })
  })

  it('registers the photo even when the queue cannot be written', async () => {
    const store = h.store
    const original = store.enqueueReading
    store.enqueueReading = () => Promise.reject(new Error('database down'))
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const fileId = await addPhoto('B6.3', 'unqueued.jpg', '2022年3月')
      expect((await h.ok(FILLER_A, 'submission.get', { year: YEAR })).evidence['B6.3']).toEqual([fileId])
      expect(await h.ok(FILLER_A, 'evidence.readings', { year: YEAR, itemId: 'B6.3' })).toEqual({ readings: {} })
    } finally {
      store.enqueueReading = original
      errors.mockRestore()
    }
  })
})
