import { jpegPhoto } from '../fixtures/evidence-files'
import { FILLER_A, FILLER_B, REVIEWER, YEAR, photoOf, useHarness } from './harness'

const h = useHarness()

const photo = (itemId: string, fileId: string, openid = FILLER_A) => ({ openid, input: { year: YEAR, itemId, fileId } })
let seed = 0
/** Uploads a photo (a different scene each time) to the file id, then registers it. */
const add = (p: ReturnType<typeof photo>) => {
  if (!h.files.stored.has(p.input.fileId)) h.files.put(p.input.fileId, jpegPhoto(++seed))
  return h.call(p.openid, 'submission.addPhoto', p.input)
}
const remove = (p: ReturnType<typeof photo>) => h.call(p.openid, 'submission.removePhoto', p.input)

describe('registering evidence photos', () => {
  it('adds a photo of the society’s own folder to the item, bumping the item’s version; adding it again is a no-op', async () => {
    const fileId = photoOf(h.societyA.id, 'B1.2', 'minutes.jpg')
    const added = await add(photo('B1.2', fileId))
    expect(added).toMatchObject({ ok: true, data: { version: 1, from: 0, itemId: 'B1.2', fileId, count: 1, added: { file: { kind: 'photo' }, sameAs: [] } } })
    expect(await add(photo('B1.2', fileId))).toMatchObject({ ok: true, data: { version: 1, from: 1, count: 1, added: { file: { kind: 'photo' } } } })
    expect(await h.ok(FILLER_A, 'submission.get', { year: YEAR })).toMatchObject({ version: 1, evidence: { 'B1.2': [fileId] }, itemVersions: { 'B1.2': 1 } })
  })

  it('allows at most 9 photos an item', async () => {
    for (let i = 1; i <= 9; i++) expect((await add(photo('B1.2', photoOf(h.societyA.id, 'B1.2', `p${i}.jpg`)))).ok).toBe(true)
    expect(await add(photo('B1.2', photoOf(h.societyA.id, 'B1.2', 'p10.jpg')))).toMatchObject({
      ok: false,
      code: 'TOO_MANY_PHOTOS',
      message: 'B1.2最多上传9个照片或文件',
    })
  })

  it('refuses a file of another society, another item or year, or outside the evidence folders', async () => {
    const refused = { ok: false, code: 'FORBIDDEN', message: '只能登记本学会上传的照片' }
    expect(await add(photo('B1.2', photoOf(h.societyA.id, 'B1.2', 'a.jpg'), FILLER_B))).toMatchObject(refused)
    expect(await add(photo('B1.1', photoOf(h.societyA.id, 'B1.2', 'a.jpg')))).toMatchObject(refused)
    expect(await add(photo('B1.2', `local:evidence/${h.societyA.id}/2021/B1.2/a.jpg`))).toMatchObject(refused)
    expect(await add(photo('B1.2', 'cloud://env.bucket/other/a.jpg'))).toMatchObject(refused)
    expect((await h.ok(FILLER_A, 'submission.get', { year: YEAR })).evidence).toEqual({})
  })

  it('refuses an item the rubric does not have', async () => {
    expect(await add(photo('B13.1', photoOf(h.societyA.id, 'B13.1', 'a.jpg')))).toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('removes a photo and deletes its file; removing a missing one is a no-op', async () => {
    const keep = photoOf(h.societyA.id, 'B1.2', 'keep.jpg')
    const drop = photoOf(h.societyA.id, 'B1.2', 'drop.jpg')
    await add(photo('B1.2', keep))
    await add(photo('B1.2', drop))
    expect(await remove(photo('B1.2', drop))).toMatchObject({ ok: true, data: { version: 3, from: 2, fileId: drop, added: null, count: 1 } })
    expect((await h.ok(FILLER_A, 'submission.get', { year: YEAR })).evidence).toEqual({ 'B1.2': [keep] })
    expect(h.files.deleted).toEqual([drop])
    expect(await remove(photo('B1.2', drop))).toMatchObject({ ok: true, data: { version: 3, from: 3, count: 1 } })
    expect(h.files.deleted).toEqual([drop])
    expect(await remove(photo('B1.2', keep))).toMatchObject({ ok: true, data: { count: 0 } })
    expect((await h.ok(FILLER_A, 'submission.get', { year: YEAR })).evidence).toEqual({})
  })

  it('is INVALID_STATE once the form is submitted', async () => {
    await h.submitComplete(FILLER_A)
    expect(await add(photo('B1.2', photoOf(h.societyA.id, 'B1.2', 'late.jpg')))).toMatchObject({ code: 'INVALID_STATE' })
    expect(await remove(photo('B1.2', photoOf(h.societyA.id, 'B1.2', 'late.jpg')))).toMatchObject({ code: 'INVALID_STATE' })
  })
})

describe('evidence.urls', () => {
  const ofA = () => photoOf(h.societyA.id, 'B1.2', 'a.jpg')
  const ofB = () => photoOf(h.societyB.id, 'B1.2', 'b.jpg')

  beforeEach(() => [ofA(), ofB()].forEach((id) => h.files.put(id, jpegPhoto())))

  it('gives a filler only the photos of their own society', async () => {
    const { urls } = await h.ok(FILLER_B, 'evidence.urls', { fileIds: [ofA(), ofB(), 'not-a-path'] })
    expect(Object.keys(urls)).toEqual([ofB()])
    expect(h.files.urlRequests).toEqual([[ofB()]])
  })

  it('gives a reviewer any photo', async () => {
    const { urls } = await h.ok(REVIEWER, 'evidence.urls', { fileIds: [ofA(), ofB()] })
    expect(Object.keys(urls).sort()).toEqual([ofA(), ofB()].sort())
  })
})
