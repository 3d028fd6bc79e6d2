import { applyEvidenceChanged } from '../../src/features/draft/apply-evidence'
import { acceptedScores, applyScoresSaved, type SentScores } from '../../src/reviewer/pages/detail/apply-scores'
import type { SubmissionView } from '../../src/shared'
import { jpegPhoto, pdfFile } from '../fixtures/evidence-files'
import { FILLER_A, REVIEWER, YEAR, photoOf, useHarness } from './harness'

/**
 * Issue 25: addPhoto, removePhoto, review.saveScores and review.acceptSelfScores answer with what changed; the
 * client's copy with each answer applied must be exactly the whole view the server gives after it.
 */

const h = useHarness()
const get = () => h.ok(FILLER_A, 'submission.get', { year: YEAR })

/** Stores a file (a photo of `scene`, or a PDF) in A's folder for the item. */
const put = (itemId: string, name: string, scene?: number) => {
  const fileId = photoOf(h.societyA.id, itemId, name)
  h.files.put(fileId, scene === undefined ? pdfFile() : jpegPhoto(scene))
  return fileId
}

describe('the filler’s copy after an evidence answer', () => {
  it('is the server’s view after each registration and removal, duplicates of the form included', async () => {
    let copy = await get()
    const steps: [action: 'submission.addPhoto' | 'submission.removePhoto', itemId: string, fileId: string][] = [
      ['submission.addPhoto', 'B1.2', put('B1.2', 'a.jpg', 7)],
      ['submission.addPhoto', 'B2.1', put('B2.1', 'b.pdf')],
      ['submission.addPhoto', 'B2.1', put('B2.1', 'c.jpg', 7)],
      ['submission.addPhoto', 'B1.2', put('B1.2', 'd.jpg', 9)],
      ['submission.addPhoto', 'B3.1', put('B3.1', 'e.jpg', 7)],
      ['submission.addPhoto', 'B3.1', photoOf(h.societyA.id, 'B3.1', 'e.jpg')],
      ['submission.removePhoto', 'B2.1', photoOf(h.societyA.id, 'B2.1', 'c.jpg')],
      ['submission.removePhoto', 'B2.1', photoOf(h.societyA.id, 'B2.1', 'c.jpg')],
      ['submission.removePhoto', 'B1.2', photoOf(h.societyA.id, 'B1.2', 'a.jpg')],
      ['submission.removePhoto', 'B2.1', photoOf(h.societyA.id, 'B2.1', 'b.pdf')],
    ]
    for (const [action, itemId, fileId] of steps) {
      const answer = await h.ok(FILLER_A, action, { year: YEAR, itemId, fileId })
      expect(Buffer.byteLength(JSON.stringify(answer))).toBeLessThan(1024)
      copy = applyEvidenceChanged(copy, answer) as SubmissionView
      expect(copy).toEqual(await get())
    }
    expect(Object.keys(copy.duplicates ?? {})).toEqual([]) // a, c and e were one photo; e is left alone
  })

  it('is null (reload) when the copy misses a change made before the answered one', async () => {
    const stale = await get()
    await h.ok(FILLER_A, 'submission.addPhoto', { year: YEAR, itemId: 'B1.2', fileId: put('B1.2', 'first.jpg', 3) })
    const answer = await h.ok(FILLER_A, 'submission.addPhoto', { year: YEAR, itemId: 'B1.2', fileId: put('B1.2', 'second.jpg', 4) })
    expect(applyEvidenceChanged(stale, answer)).toBeNull()
  })

  it('is null when another item’s count disagrees, and the copy itself when it has the change already', async () => {
    const before = await get()
    const answer = await h.ok(FILLER_A, 'submission.addPhoto', { year: YEAR, itemId: 'B1.2', fileId: put('B1.2', 'one.jpg', 5) })
    expect(applyEvidenceChanged({ ...before, evidence: { 'B1.2': [photoOf(h.societyA.id, 'B1.2', 'other.jpg')] } }, answer)).toBeNull()
    const after = await get()
    expect(applyEvidenceChanged(after, answer)).toBe(after)
    expect(applyEvidenceChanged({ ...before, id: 'another' }, answer)).toBeNull()
  })
})

describe('the reviewer’s copy after a save of scores', () => {
  it('is the server’s review view after each save, a cleared score and 采纳其余自评分 included', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    const review = () => h.ok(REVIEWER, 'review.get', { submissionId: id })
    let copy = await review()
    const saves: SentScores[] = [
      { 'B6.1': { finalScore: 2, comment: '  学习记录不全 ' } },
      { 'B2.1': { comment: '同意' }, 'A4.1': { finalScore: 6, comment: '年度报告缺财务部分' } },
      { 'B6.1': { finalScore: null } },
      { 'B6.1': { finalScore: null } },
    ]
    for (const items of saves) {
      const answer = await h.ok(REVIEWER, 'review.saveScores', { submissionId: id, items, baseVersion: copy.version })
      copy = applyScoresSaved(copy, items, answer) as SubmissionView
      expect(copy).toEqual(await review())
    }
    const answer = await h.ok(REVIEWER, 'review.acceptSelfScores', { submissionId: id })
    expect(Buffer.byteLength(JSON.stringify(answer))).toBeLessThan(1024)
    copy = applyScoresSaved(copy, acceptedScores(copy, answer), answer) as SubmissionView
    expect(copy).toEqual(await review())
  })

  it('is null (reload) when another reviewer’s change makes the figures disagree', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    const stale = await h.ok(REVIEWER, 'review.get', { submissionId: id })
    await h.ok(REVIEWER, 'review.saveScores', { submissionId: id, items: { 'B6.1': { finalScore: 1, comment: '缺' } }, baseVersion: stale.version })
    const items = { 'A4.1': { finalScore: 6, comment: '缺财务部分' } }
    const answer = await h.ok(REVIEWER, 'review.saveScores', { submissionId: id, items, baseVersion: stale.version })
    expect(applyScoresSaved(stale, items, answer)).toBeNull()
    expect(applyScoresSaved(stale, {}, answer)).toBeNull()
  })
})
