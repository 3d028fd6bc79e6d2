import { FILLER_A, REVIEWER, YEAR, useHarness } from './harness'

const h = useHarness()

describe('concurrent writers', () => {
  it('lets exactly one of two simultaneous finalizes succeed; the other is INVALID_STATE', async () => {
    await h.consent(FILLER_A)
    await h.consent(FILLER_A)
    const { id } = await h.submitComplete(FILLER_A)
    const results = await Promise.all([1, 2].map(() => h.call(REVIEWER, 'review.finalize', { submissionId: id })))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })])
    const stored = await h.store.getSubmission(id)
    expect(stored?.history.filter((t) => t.to === 'reviewed')).toHaveLength(1)
    expect(h.notifier.sent).toHaveLength(1)
    expect(await h.store.getSubscribeCredits(FILLER_A, h.notifier.templateId)).toBe(1) // one message, one credit
  })

  it('keeps both of two simultaneous saves of different items from the same base', async () => {
    const { version } = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
    const save = (patch: object) => h.call(FILLER_A, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch })
    const results = await Promise.all([save({ 'B1.1': { checks: { a: true } } }), save({ 'B2.1': { tier: 'pass' } })])
    expect(results.every((r) => r.ok)).toBe(true)
    const stored = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
    expect(stored.answers).toEqual({ 'B1.1': { checks: { a: true } }, 'B2.1': { tier: 'pass' } })
    expect(stored.version).toBe(version + 2)
    expect(stored.selfScore.total).toBe(7)
  })

  it('re-reads and merges when another write lands between its read and its write', async () => {
    const { version } = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
    const update = h.store.updateSubmission.bind(h.store)
    let interfered = false
    jest.spyOn(h.store, 'updateSubmission').mockImplementation(async (next, expected) => {
      if (!interfered) {
        interfered = true
        const other = h.call(FILLER_A, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: { 'B2.1': { tier: 'basic' } } })
        expect(await other).toMatchObject({ ok: true })
      }
      return update(next, expected)
    })
    const mine = await h.call(FILLER_A, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: { 'B6.1': { score: 4 } } })
    expect(mine).toMatchObject({ ok: true, data: { version: version + 2, changed: ['B6.1'] } })
    expect((await h.ok(FILLER_A, 'submission.get', { year: YEAR })).answers).toEqual({ 'B2.1': { tier: 'basic' }, 'B6.1': { score: 4 } })
  })

  it('creates one draft when two first reads race', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => h.ok(FILLER_A, 'submission.get', { year: YEAR })))
    expect(a!.id).toBe(b!.id)
    expect(await h.store.listSubmissions(YEAR)).toHaveLength(1)
  })
})
