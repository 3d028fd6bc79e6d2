import { jpegPhoto } from '../fixtures/evidence-files'
import { ADMIN, FILLER_A, FILLER_B, REVIEWER, YEAR, fullMarks, useHarness } from './harness'

const h = useHarness()
const NEXT = YEAR + 1

const photoIn = (societyId: string, year: number, itemId: string, name: string) => `local:evidence/${societyId}/${year}/${itemId}/${name}`

/** Saves the filler's answers of `year` from the version the form has now. */
async function saveIn(openid: string, year: number, patch: Record<string, unknown>) {
  const { version } = await h.ok(openid, 'submission.get', { year })
  return h.ok(openid, 'submission.saveAnswers', { year, baseVersion: version, patch })
}

async function addPhoto(openid: string, year: number, itemId: string, fileId: string, bytes: Uint8Array) {
  h.files.put(fileId, bytes)
  return h.ok(openid, 'submission.addPhoto', { year, itemId, fileId })
}

/** 2022 of society A: B8.1 (0–6) self-scored 1 on a photo, reviewed to 0.5 with a comment, finalized. */
async function finalizedLastYear() {
  await saveIn(FILLER_A, YEAR, { ...fullMarks, 'B8.1': { score: 1 } })
  await addPhoto(FILLER_A, YEAR, 'B8.1', photoIn(h.societyA.id, YEAR, 'B8.1', 'talk.jpg'), jpegPhoto(1))
  const { id, version } = await h.ok(FILLER_A, 'submission.submit', { year: YEAR })
  await h.ok(REVIEWER, 'review.saveScores', {
    submissionId: id,
    baseVersion: version,
    items: { 'B8.1': { finalScore: 0.5, comment: '只有一次讲座的照片' } },
  })
  await h.ok(REVIEWER, 'review.finalize', { submissionId: id })
  await h.ok(ADMIN, 'admin.openYear', { year: NEXT })
}

describe('review.get answers previousYear', () => {
  it('is null when the society has no form of the year before', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    expect(await h.ok(REVIEWER, 'review.get', { submissionId: id })).toMatchObject({ previousYear: null, risenOnSamePhoto: [] })
  })

  it('is null while last year’s form is not finalized (a draft, or submitted and not yet reviewed)', async () => {
    await h.save(FILLER_A, { 'B1.1': { checks: { a: true } } })
    await h.submitComplete(FILLER_B)
    await h.ok(ADMIN, 'admin.openYear', { year: NEXT })
    for (const openid of [FILLER_A, FILLER_B]) {
      const { id } = await saveIn(openid, NEXT, { 'B1.1': { checks: { a: true } } })
      expect((await h.ok(REVIEWER, 'review.get', { submissionId: id })).previousYear).toBeNull()
    }
  })

  it('gives the finalized year before: its final total, grade and per item self score, final score and comment', async () => {
    await finalizedLastYear()
    const { id } = await saveIn(FILLER_A, NEXT, { 'B8.1': { score: 2 } })
    const view = await h.ok(REVIEWER, 'review.get', { submissionId: id })
    const last = view.previousYear!
    expect(Object.keys(last).sort()).toEqual(['finalTotal', 'grade', 'items', 'year'])
    expect(last).toMatchObject({ year: YEAR, finalTotal: 104.5, grade: '优秀' })
    expect(last.items['B8.1']).toEqual({ selfScore: 1, finalScore: 0.5, comment: '只有一次讲座的照片' })
    expect(last.items['B1.1']).toEqual({ selfScore: 2, finalScore: 2, comment: '' })
    expect(Object.keys(last.items)).toHaveLength(38)
    // Last year's own review of the older year is not chained in.
    const lastYears = await h.ok(REVIEWER, 'review.list', { year: YEAR })
    expect((await h.ok(REVIEWER, 'review.get', { submissionId: lastYears.rows[0]!.id! })).previousYear).toBeNull()
  })

  it('flags an item whose self score rose by more than half its maximum on the very same photo file', async () => {
    await finalizedLastYear()
    await saveIn(FILLER_A, NEXT, { 'B8.1': { score: 4.5 }, 'B6.1': { score: 1 } })
    // The same bytes uploaded again under this year's folder.
    const view = await addPhoto(FILLER_A, NEXT, 'B8.1', photoIn(h.societyA.id, NEXT, 'B8.1', 'talk-again.jpg'), jpegPhoto(1))
    expect((await h.ok(REVIEWER, 'review.get', { submissionId: view.id })).risenOnSamePhoto).toEqual(['B8.1'])
  })

  it('does not flag a rise of exactly half the maximum, nor a big rise on a new photo', async () => {
    await finalizedLastYear()
    const { id } = await saveIn(FILLER_A, NEXT, { 'B8.1': { score: 4 } })
    await addPhoto(FILLER_A, NEXT, 'B8.1', photoIn(h.societyA.id, NEXT, 'B8.1', 'same.jpg'), jpegPhoto(1))
    expect((await h.ok(REVIEWER, 'review.get', { submissionId: id })).risenOnSamePhoto).toEqual([])
    await saveIn(FILLER_A, NEXT, { 'B8.1': { score: 6 } })
    await h.ok(FILLER_A, 'submission.removePhoto', { year: NEXT, itemId: 'B8.1', fileId: photoIn(h.societyA.id, NEXT, 'B8.1', 'same.jpg') })
    await addPhoto(FILLER_A, NEXT, 'B8.1', photoIn(h.societyA.id, NEXT, 'B8.1', 'new.jpg'), jpegPhoto(7))
    expect((await h.ok(REVIEWER, 'review.get', { submissionId: id })).risenOnSamePhoto).toEqual([])
  })
})
