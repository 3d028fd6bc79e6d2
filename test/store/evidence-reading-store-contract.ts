import type { Store } from '../../cloudfunctions/core/ports'
import { MAX_READING_ATTEMPTS, type ReadingJob } from '../../cloudfunctions/core/store/evidence-readings'

const job = (fileId: string, over: Partial<ReadingJob> = {}): ReadingJob => ({
  fileId,
  submissionId: 'sub-1',
  societyId: 's1',
  year: 2022,
  itemId: 'B6.3',
  ...over,
})
const result = (dates: string[], outsideYear = false) => ({ text: '会议记录', lines: ['会议记录'], dates, outsideYear })
const T0 = '2022-05-01T00:00:00.000Z'
const T1 = '2022-05-01T00:01:00.000Z'
const T2 = '2022-05-01T00:02:00.000Z'
const T3 = '2022-05-01T00:03:00.000Z'

/** What every Store adapter must do with the reading queue (idempotent enqueue, atomic leases, retries); run it against each. */
export function describeEvidenceReadingStoreContract(name: string, makeStore: () => Promise<Store & { close?(): void }>): void {
  describe(`Store contract, evidence readings: ${name}`, () => {
    let store: Store & { close?(): void }
    beforeEach(async () => {
      store = await makeStore()
    })
    afterEach(() => store.close?.())

    it('queues a photo once, pending and unread', async () => {
      expect(await store.enqueueReading(job('f1'), T0)).toBe(true)
      expect(await store.enqueueReading(job('f1'), T1)).toBe(false)
      const [reading, ...others] = await store.listReadings('sub-1')
      expect(others).toHaveLength(0)
      expect(reading).toMatchObject({ fileId: 'f1', status: 'pending', attempts: 0, text: '', dates: [], outsideYear: false, createdAt: T0 })
    })

    it('claims the oldest pending photo with a lease, once, and stores its result for the holder only', async () => {
      await store.enqueueReading(job('f2'), T1)
      await store.enqueueReading(job('f1'), T0)
      const first = await store.claimReading({ owner: 'w1', now: T1, leaseUntil: T2 })
      expect(first).toMatchObject({ fileId: 'f1', attempts: 1, leaseOwner: 'w1', leaseUntil: T2 })
      const second = await store.claimReading({ owner: 'w2', now: T1, leaseUntil: T2 })
      expect(second?.fileId).toBe('f2')
      expect(await store.claimReading({ owner: 'w3', now: T1, leaseUntil: T2 })).toBeNull()
      expect(await store.completeReading('f1', 'w2', result(['2021-03-15'], true), T1)).toBe(false)
      expect(await store.completeReading('f1', 'w1', result(['2021-03-15'], true), T1)).toBe(true)
      const f1 = (await store.listReadings('sub-1')).find((r) => r.fileId === 'f1')
      expect(f1).toMatchObject({ status: 'done', text: '会议记录', lines: ['会议记录'], dates: ['2021-03-15'], outsideYear: true, error: null })
      expect(await store.completeReading('f1', 'w1', result([]), T2)).toBe(false)
    })

    it('lets only one of two concurrent claims have a photo', async () => {
      await store.enqueueReading(job('f1'), T0)
      const claims = await Promise.all(['w1', 'w2', 'w3'].map((owner) => store.claimReading({ owner, now: T1, leaseUntil: T2 })))
      expect(claims.filter(Boolean)).toHaveLength(1)
    })

    it('hands a photo whose lease ran out to another worker; the first can no longer store its result', async () => {
      await store.enqueueReading(job('f1'), T0)
      await store.claimReading({ owner: 'w1', now: T0, leaseUntil: T1 })
      expect(await store.claimReading({ owner: 'w2', now: T0, leaseUntil: T2 })).toBeNull()
      const again = await store.claimReading({ owner: 'w2', now: T2, leaseUntil: T3 })
      expect(again).toMatchObject({ fileId: 'f1', attempts: 2, leaseOwner: 'w2' })
      expect(await store.completeReading('f1', 'w1', result([]), T2)).toBe(false)
      expect(await store.failReading('f1', 'w1', 'late', T2, T2)).toBe(false)
      expect(await store.completeReading('f1', 'w2', result(['2022-03']), T2)).toBe(true)
    })

    it(`retries a failed try until ${MAX_READING_ATTEMPTS} tries, then leaves the photo failed with the reason`, async () => {
      await store.enqueueReading(job('f1'), T0)
      for (let attempt = 1; attempt <= MAX_READING_ATTEMPTS; attempt++) {
        const claimed = await store.claimReading({ owner: `w${attempt}`, now: T2, leaseUntil: T3 })
        expect(claimed?.attempts).toBe(attempt)
        expect(await store.failReading('f1', `w${attempt}`, `坏了 ${attempt}`, T1, T1)).toBe(true)
        // Not again before its retry time.
        expect(await store.claimReading({ owner: 'early', now: T0, leaseUntil: T2 })).toBeNull()
      }
      expect(await store.claimReading({ owner: 'w9', now: T3, leaseUntil: T3 })).toBeNull()
      const [reading] = await store.listReadings('sub-1')
      expect(reading).toMatchObject({ status: 'failed', attempts: MAX_READING_ATTEMPTS, error: `坏了 ${MAX_READING_ATTEMPTS}` })
    })

    it('fails a photo at once when told the failure is final, and one whose last lease ran out', async () => {
      await store.enqueueReading(job('gone'), T0)
      await store.claimReading({ owner: 'w1', now: T0, leaseUntil: T1 })
      expect(await store.failReading('gone', 'w1', '文件不存在', T0, null)).toBe(true)
      await store.enqueueReading(job('slow'), T0)
      for (let attempt = 1; attempt <= MAX_READING_ATTEMPTS; attempt++) {
        // Each lease has run out by the next claim: a worker that crashed mid-read.
        expect(await store.claimReading({ owner: 'w', now: T2, leaseUntil: T1 })).not.toBeNull()
      }
      expect(await store.claimReading({ owner: 'w', now: T3, leaseUntil: T3 })).toBeNull()
      const byId = Object.fromEntries((await store.listReadings('sub-1')).map((r) => [r.fileId, r]))
      expect(byId.gone).toMatchObject({ status: 'failed', error: '文件不存在', attempts: 1 })
      expect(byId.slow).toMatchObject({ status: 'failed', attempts: MAX_READING_ATTEMPTS })
    })

    it('lists one submission’s readings only and drops removed photos', async () => {
      await store.enqueueReading(job('f1'), T0)
      await store.enqueueReading(job('f2'), T1)
      await store.enqueueReading(job('other', { submissionId: 'sub-2', societyId: 's2' }), T0)
      await store.removeReadings(['f1', 'missing'])
      await store.removeReadings([])
      expect((await store.listReadings('sub-1')).map((r) => r.fileId)).toEqual(['f2'])
      expect((await store.listReadings('sub-2')).map((r) => r.fileId)).toEqual(['other'])
    })

    it('counts the year’s out-of-year photos per item across societies, most first', async () => {
      const photos: [string, Partial<ReadingJob>, boolean][] = [
        ['a1', { itemId: 'B6.3', societyId: 's1' }, true],
        ['a2', { itemId: 'B6.3', societyId: 's1' }, true],
        ['a3', { itemId: 'B6.3', societyId: 's2', submissionId: 'sub-2' }, true],
        ['b1', { itemId: 'A1.1', societyId: 's2', submissionId: 'sub-2' }, true],
        ['c1', { itemId: 'A1.1', societyId: 's1' }, false],
        ['d1', { itemId: 'A2.1', year: 2023, submissionId: 'sub-3' }, true],
      ]
      for (const [fileId, over, outside] of photos) {
        await store.enqueueReading(job(fileId, over), T0)
        await store.claimReading({ owner: 'w', now: T1, leaseUntil: T2 })
        await store.completeReading(fileId, 'w', result(['2021-01'], outside), T1)
      }
      await store.enqueueReading(job('pending'), T1)
      expect(await store.countOutsideYear(2022)).toEqual([
        { itemId: 'B6.3', photos: 3, societies: 2 },
        { itemId: 'A1.1', photos: 1, societies: 1 },
      ])
      expect(await store.countOutsideYear(2021)).toEqual([])
    })
  })
}
