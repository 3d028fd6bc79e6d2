import { createHash } from 'node:crypto'
import { dhash } from '../../cloudfunctions/core/evidence/dhash'
import { MAX_DOCUMENT_BYTES } from '../../src/shared'
import { docxFile, exeFile, htmlFile, jpegPhoto, pdfFile, pdfOfSize, plainZip, xlsxFile } from '../fixtures/evidence-files'
import { FILLER_A, FILLER_B, REVIEWER, YEAR, photoOf, useHarness } from './harness'

const h = useHarness()

/** Uploads `bytes` as `name` under the society's item folder (as the client does), then registers it. */
async function attach(openid: string, societyId: string, itemId: string, name: string, bytes: Uint8Array | null, chosenName?: string) {
  const fileId = photoOf(societyId, itemId, name)
  if (bytes) h.files.put(fileId, bytes)
  const input = { year: YEAR, itemId, fileId, ...(chosenName ? { name: chosenName } : {}) }
  return { fileId, result: await h.call(openid, 'submission.addPhoto', input) }
}
const attachA = (itemId: string, name: string, bytes: Uint8Array | null, chosenName?: string) =>
  attach(FILLER_A, h.societyA.id, itemId, name, bytes, chosenName)

describe('documents as evidence', () => {
  it.each([
    ['a PDF', 'report.pdf', pdfFile, 'application/pdf'],
    ['a Word .docx', 'summary.docx', docxFile, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an Excel .xlsx', 'table.xlsx', xlsxFile, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ])('registers %s with the name the filler chose, its type and size read from the stored file', async (_, name, make, mime) => {
    const bytes = await make()
    const { fileId, result } = await attachA('B1.2', name, bytes, '2022年检结果')
    expect(result).toMatchObject({
      ok: true,
      data: { itemId: 'B1.2', fileId, count: 1, added: { file: { kind: 'document', mime, name: '2022年检结果', size: bytes.length }, sameAs: [] } },
    })
    const stored = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
    expect(stored.evidence).toEqual({ 'B1.2': [fileId] })
    expect(stored.files).toEqual({ [fileId]: { kind: 'document', mime, name: '2022年检结果', size: bytes.length } })
  })

  it('names a photo by its file and tells its type by content', async () => {
    const { fileId, result } = await attachA('B1.2', 'p.jpg', jpegPhoto(3))
    expect(result).toMatchObject({ ok: true, data: { fileId, added: { file: { kind: 'photo', mime: 'image/jpeg', name: 'p.jpg' } } } })
  })

  it.each([
    ['an .exe renamed .pdf', 'tool.pdf', async () => exeFile()],
    ['HTML renamed .docx', 'page.docx', async () => htmlFile()],
    ['a plain zip renamed .xlsx', 'archive.xlsx', plainZip],
    ['HTML renamed .jpg', 'page.jpg', async () => htmlFile()],
  ])('refuses %s, registering nothing', async (_, name, make) => {
    const { result } = await attachA('B1.2', name, await make())
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('只能上传') })
    expect((await h.ok(FILLER_A, 'submission.get', { year: YEAR })).evidence).toEqual({})
  })

  it.each([
    ['a Word file named .pdf', 'x.pdf', docxFile, '文件内容是Word文件'],
    ['a PDF named .xlsx', 'x.xlsx', async () => pdfFile(), '文件内容是PDF文件'],
    ['a photo named .docx', 'x.docx', async () => jpegPhoto(), '文件内容是图片'],
    ['a PDF named .jpg', 'x.jpg', async () => pdfFile(), '文件内容是PDF文件'],
  ])('refuses %s: the content must agree with the name', async (_, name, make, message) => {
    expect((await attachA('B1.2', name, await make())).result).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining(message) })
  })

  it('takes a document of 20 MB and refuses one byte more', async () => {
    expect((await attachA('B1.2', 'max.pdf', pdfOfSize(MAX_DOCUMENT_BYTES))).result.ok).toBe(true)
    expect((await attachA('B1.2', 'over.pdf', pdfOfSize(MAX_DOCUMENT_BYTES + 1))).result).toMatchObject({
      ok: false,
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('文件不能超过 20.0 MB'),
    })
  })

  it('counts documents and photos together against the 9 of an item', async () => {
    for (let i = 0; i < 5; i++) expect((await attachA('B1.2', `d${i}.pdf`, pdfFile())).result.ok).toBe(true)
    for (let i = 0; i < 4; i++) expect((await attachA('B1.2', `p${i}.jpg`, jpegPhoto(10 + i))).result.ok).toBe(true)
    expect((await attachA('B1.2', 'one-more.pdf', pdfFile())).result).toMatchObject({ ok: false, code: 'TOO_MANY_PHOTOS' })
  })

  it('keeps documents to their society exactly as photos: another society can neither register nor see them', async () => {
    const { fileId } = await attachA('B1.2', 'report.pdf', pdfFile())
    expect(await h.call(FILLER_B, 'submission.addPhoto', { year: YEAR, itemId: 'B1.2', fileId })).toMatchObject({ code: 'FORBIDDEN' })
    expect((await h.ok(FILLER_B, 'evidence.urls', { fileIds: [fileId] })).urls).toEqual({})
    expect(Object.keys((await h.ok(FILLER_A, 'evidence.urls', { fileIds: [fileId] })).urls)).toEqual([fileId])
    expect(Object.keys((await h.ok(REVIEWER, 'evidence.urls', { fileIds: [fileId] })).urls)).toEqual([fileId])
  })

  it('removes a document and forgets what was read of it', async () => {
    const { fileId } = await attachA('B1.2', 'report.pdf', pdfFile())
    expect(await h.ok(FILLER_A, 'submission.removePhoto', { year: YEAR, itemId: 'B1.2', fileId })).toMatchObject({ fileId, added: null, count: 0 })
    const view = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
    expect(view.evidence).toEqual({})
    expect(view.files).toEqual({})
    expect(h.files.deleted).toEqual([fileId])
  })
})

describe('registered files exist', () => {
  it('refuses to register a file id that was never uploaded', async () => {
    const { result } = await attachA('B1.2', 'ghost.jpg', null)
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND', message: '没有找到已上传的文件，请重新上传' })
    expect((await h.ok(FILLER_A, 'submission.get', { year: YEAR })).evidence).toEqual({})
  })

  it('leaves a file that disappeared after registering out of the URLs, so the client shows it as missing', async () => {
    const { fileId } = await attachA('B1.2', 'gone.jpg', jpegPhoto())
    h.files.stored.delete(fileId)
    expect((await h.ok(REVIEWER, 'evidence.urls', { fileIds: [fileId] })).urls).toEqual({})
    expect((await h.ok(FILLER_A, 'submission.get', { year: YEAR })).evidence).toEqual({ 'B1.2': [fileId] })
  })
})

describe('duplicate photos', () => {
  const reviewerView = async (openid: string) => {
    const { id } = await h.ok(openid, 'submission.get', { year: YEAR })
    return h.ok(REVIEWER, 'review.get', { submissionId: id })
  }

  it('tells the filler and the reviewer that a photo is also used in another item of the form, recompressed or not', async () => {
    const first = await attachA('B1.2', 'a.jpg', jpegPhoto(5, 90))
    const recompressed = await attachA('B2.1', 'b.jpg', jpegPhoto(5, 50))
    const other = await attachA('B2.1', 'c.jpg', jpegPhoto(6))
    const own = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
    expect(own.duplicates?.[first.fileId]).toEqual([
      { fileId: recompressed.fileId, itemId: 'B2.1', submissionId: own.id, societyName: expect.any(String), sameSubmission: true, exact: false },
    ])
    expect(own.duplicates?.[recompressed.fileId]).toMatchObject([{ fileId: first.fileId, itemId: 'B1.2' }])
    expect(own.duplicates?.[other.fileId]).toBeUndefined()
    expect((await reviewerView(FILLER_A)).duplicates?.[first.fileId]).toMatchObject([{ fileId: recompressed.fileId, sameSubmission: true }])
  })

  it('flags to the reviewer, not to the society, a photo also used by another society that year', async () => {
    const mine = await attachA('B1.2', 'a.jpg', jpegPhoto(8))
    const theirs = await attach(FILLER_B, h.societyB.id, 'B3.1', 'copy.jpg', jpegPhoto(8))
    const society = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
    expect(society.duplicates).toEqual({})
    // The registration's answer tells the society of its own form only, as its view does.
    expect(theirs.result).toMatchObject({ ok: true, data: { added: { sameAs: [] } } })
    const names = await h.ok(REVIEWER, 'review.list', { year: YEAR })
    const bName = names.rows.find((r) => r.societyId === h.societyB.id)?.societyName
    expect((await reviewerView(FILLER_A)).duplicates?.[mine.fileId]).toEqual([
      { fileId: theirs.fileId, itemId: 'B3.1', submissionId: expect.any(String), societyName: bName, sameSubmission: false, exact: true },
    ])
    expect((await reviewerView(FILLER_B)).duplicates?.[theirs.fileId]).toMatchObject([{ fileId: mine.fileId, sameSubmission: false }])
  })

  it('forgets a reuse once the other photo is removed, and never flags documents', async () => {
    const a = await attachA('B1.2', 'a.jpg', jpegPhoto(9))
    const b = await attachA('B2.1', 'b.jpg', jpegPhoto(9))
    // The answer names the other place in the form, as the society's view lists it.
    const own = (await h.ok(FILLER_A, 'submission.get', { year: YEAR })).duplicates?.[b.fileId]
    expect(b.result).toMatchObject({ ok: true, data: { added: { sameAs: [{ fileId: a.fileId, exact: true }] } } })
    expect(own).toEqual([{ fileId: a.fileId, itemId: 'B1.2', submissionId: expect.any(String), societyName: '', sameSubmission: true, exact: true }])
    await attachA('B2.1', 'x.pdf', pdfFile())
    await attachA('B2.2', 'y.pdf', pdfFile())
    expect(Object.keys((await h.ok(FILLER_A, 'submission.get', { year: YEAR })).duplicates ?? {}).sort()).toEqual([a.fileId, b.fileId].sort())
    await h.ok(FILLER_A, 'submission.removePhoto', { year: YEAR, itemId: 'B2.1', fileId: b.fileId })
    expect((await h.ok(FILLER_A, 'submission.get', { year: YEAR })).duplicates).toEqual({})
  })

  it('computes the fingerprints from the stored file and takes none from the client', async () => {
    const fileId = photoOf(h.societyA.id, 'B1.2', 'a.jpg')
    const bytes = jpegPhoto(11)
    h.files.put(fileId, bytes)
    const forged = { year: YEAR, itemId: 'B1.2', fileId, sha256: '0'.repeat(64), dhash: '0'.repeat(16) }
    expect(await h.call(FILLER_A, 'submission.addPhoto', forged)).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    await h.ok(FILLER_A, 'submission.addPhoto', { year: YEAR, itemId: 'B1.2', fileId })
    const stored = (await h.store.findSubmission(h.societyA.id, YEAR))?.evidenceFiles?.[fileId]
    expect(stored).toMatchObject({ sha256: createHash('sha256').update(bytes).digest('hex'), dhash: dhash(bytes) })
    expect(stored?.dhash).toMatch(/^[0-9a-f]{16}$/)
  })
})
