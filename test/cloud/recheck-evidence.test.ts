import { jpegPhoto } from '../fixtures/evidence-files'
import { ADMIN, FILLER_A, FILLER_B, REVIEWER, YEAR, photoOf, useHarness } from './harness'

/** Issue 22: during 公示, before its 复核 request is sent, a society adds evidence to the items it disputes. */

const h = useHarness()
const UNTIL = '2023-03-10'
let seed = 100

const put = (societyId: string, itemId: string, name: string) => {
  const fileId = photoOf(societyId, itemId, name)
  h.files.put(fileId, jpegPhoto(++seed))
  return fileId
}
const add = (itemId: string, fileId: string, openid = FILLER_A) => h.call(openid, 'submission.addPhoto', { year: YEAR, itemId, fileId })
const remove = (itemId: string, fileId: string, openid = FILLER_A) =>
  h.call(openid, 'submission.removePhoto', { year: YEAR, itemId, fileId })

/** A's form with a photo on B1.1 before submitting, finalized (B as well); returns the reviewed photo's id. */
async function finalized() {
  const before = put(h.societyA.id, 'B1.1', 'minutes.jpg')
  expect((await add('B1.1', before)).ok).toBe(true)
  const a = await h.submitComplete(FILLER_A)
  const b = await h.submitComplete(FILLER_B)
  await h.ok(REVIEWER, 'review.finalize', { submissionId: a.id })
  await h.ok(REVIEWER, 'review.finalize', { submissionId: b.id })
  return { id: a.id, before }
}

async function published() {
  const done = await finalized()
  await h.ok(ADMIN, 'admin.publishResults', { year: YEAR, until: UNTIL })
  return done
}

const reasons = { 'B1.1': '补充换届批复' }

describe('evidence added for a 复核 during 公示', () => {
  it('is taken on a finalized form during 公示, marked as added for the 复核, and removable again; answers stay locked', async () => {
    const { before } = await published()
    const added = put(h.societyA.id, 'B1.1', 'approval.jpg')
    const answer = await h.ok(FILLER_A, 'submission.addPhoto', { year: YEAR, itemId: 'B1.1', fileId: added })
    expect(answer).toMatchObject({ count: 2, added: { file: { forRecheck: true } } })
    const view = await h.ok(FILLER_A, 'submission.result', { year: YEAR })
    expect(view.evidence['B1.1']).toEqual([before, added])
    expect(view.files?.[added]?.forRecheck).toBe(true)
    expect(view.files?.[before]?.forRecheck).toBeUndefined()
    expect(view.status).toBe('reviewed')
    const saved = await h.call(FILLER_A, 'submission.saveAnswers', { year: YEAR, baseVersion: view.version, patch: { 'B1.1': { checks: { a: false } } } })
    expect(saved).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    expect(await h.ok(FILLER_A, 'submission.removePhoto', { year: YEAR, itemId: 'B1.1', fileId: added })).toMatchObject({ count: 1, added: null })
    expect((await h.ok(FILLER_A, 'submission.result', { year: YEAR })).evidence['B1.1']).toEqual([before])
    expect(h.files.deleted).toEqual([added])
  })

  it('never removes the evidence the review saw', async () => {
    const { before } = await published()
    expect(await remove('B1.1', before)).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
      message: '审核时已有的证明材料不能删除；申请复核时只能删除新补充的材料',
    })
    expect((await h.ok(FILLER_A, 'submission.result', { year: YEAR })).evidence['B1.1']).toEqual([before])
  })

  it('is refused on a finalized form before 公示, after `until`, and in a closed year', async () => {
    await finalized()
    const early = put(h.societyA.id, 'B1.1', 'early.jpg')
    expect(await add('B1.1', early)).toMatchObject({ ok: false, code: 'INVALID_STATE', message: '已提交的自评表不能修改' })
    await h.ok(ADMIN, 'admin.publishResults', { year: YEAR, until: UNTIL })
    h.clock.set('2023-03-10T16:00:00.000Z') // 3月11日 00:00 in Beijing
    expect(await add('B1.1', early)).toMatchObject({ ok: false, code: 'INVALID_STATE', message: '公示已于2023年3月10日结束，不能再补充复核材料' })
    await h.ok(ADMIN, 'admin.closeYear', { year: YEAR })
    expect(await add('B1.1', early)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    expect((await h.ok(FILLER_A, 'submission.result', { year: YEAR })).evidence['B1.1']).toHaveLength(1)
  })

  it('is refused once the request is sent, adding and removing alike', async () => {
    await published()
    const added = put(h.societyA.id, 'B1.1', 'approval.jpg')
    await add('B1.1', added)
    await h.ok(FILLER_A, 'submission.requestRecheck', { year: YEAR, items: reasons })
    const late = put(h.societyA.id, 'B1.1', 'late.jpg')
    const message = '复核申请已提交，证明材料不能再修改'
    expect(await add('B1.1', late)).toMatchObject({ ok: false, code: 'INVALID_STATE', message })
    expect(await remove('B1.1', added)).toMatchObject({ ok: false, code: 'INVALID_STATE', message })
  })

  it('never reaches another society’s form: the photo must be in the caller’s own folder', async () => {
    await published()
    const theirs = put(h.societyB.id, 'B1.1', 'theirs.jpg')
    expect(await add('B1.1', theirs)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await add('B1.1', theirs, FILLER_B)).toMatchObject({ ok: true })
    const a = await h.ok(FILLER_A, 'submission.result', { year: YEAR })
    expect(a.evidence['B1.1']).toHaveLength(1)
  })
})

describe('submission.requestRecheck with evidence added for it', () => {
  it('refuses a request that leaves out an item given new evidence, naming it, and changes nothing', async () => {
    await published()
    const added = put(h.societyA.id, 'B2.1', 'plan.jpg')
    const view = await h.ok(FILLER_A, 'submission.addPhoto', { year: YEAR, itemId: 'B2.1', fileId: added })
    const refused = await h.fail(FILLER_A, 'submission.requestRecheck', { year: YEAR, items: reasons })
    expect(refused.code).toBe('INVALID_INPUT')
    expect(refused.message).toBe('B2.1：补充了证明材料但没有申请复核：请一并申请这一项，或先删除补充的材料')
    const after = await h.ok(FILLER_A, 'submission.result', { year: YEAR })
    expect([after.version, after.recheck ?? null, after.evidence['B2.1']]).toEqual([view.version, null, [added]])
  })

  it('sends with the new evidence; the reviewer sees which files are new and the history records them', async () => {
    const { id, before } = await published()
    const added = put(h.societyA.id, 'B1.1', 'approval.jpg')
    await add('B1.1', added)
    await h.ok(FILLER_A, 'submission.requestRecheck', { year: YEAR, items: { ...reasons, 'B8.1': '活动记录齐全' } })
    const seen = await h.ok(REVIEWER, 'review.get', { submissionId: id })
    expect(seen.evidence['B1.1']).toEqual([before, added])
    expect(seen.files?.[added]?.forRecheck).toBe(true)
    expect(seen.files?.[before]?.forRecheck).toBeUndefined()
    const history = await h.ok(REVIEWER, 'review.history', { submissionId: id })
    const asked = history.entries.find((e) => e.kind === 'recheck-requested')!
    expect(asked.items).toEqual(['B1.1'])
    expect(Object.keys(asked.reasons!.items)).toEqual(['B1.1', 'B8.1'])
  })
})
