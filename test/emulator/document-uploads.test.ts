import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { DOCUMENT_MIME, MAX_DOCUMENT_BYTES } from '../../src/shared'
import { docxFile, exeFile, htmlFile, jpegPhoto, pdfFile, pdfOfSize, xlsxFile } from '../fixtures/evidence-files'
import { Client, JPEG, fillerOfAnotherSociety, makeWorkspace, societyOf, start } from './harness'
import type { RunningEmulator } from '../../emulator/server'

const workspace = makeWorkspace()
let emulator: RunningEmulator
let filler: Client
let reviewer: Client
let otherFiller: Client
let societyId: string

beforeAll(async () => {
  emulator = await start(workspace)
  filler = new Client(emulator)
  await filler.login('dev-filler-1')
  societyId = await societyOf(filler)
  reviewer = new Client(emulator)
  await reviewer.login('dev-reviewer')
  otherFiller = await fillerOfAnotherSociety(emulator, '自治区农学会')
})
afterAll(async () => {
  await emulator.close()
  workspace.remove()
})

const path = (name: string, item = 'B1.1') => `evidence/${societyId}/2022/${item}/${name}`
const url = (fileId: string) => `/files/${encodeURIComponent(fileId)}`
const register = (fileId: string, name?: string, item = 'B1.1') =>
  filler.call('submission.addPhoto', { year: 2022, itemId: item, fileId, ...(name ? { name } : {}) })

describe('documents through the emulator', () => {
  test.each([
    ['a PDF', 'report.pdf', async () => pdfFile(), DOCUMENT_MIME.pdf, 'inline'],
    ['a .docx', 'summary.docx', docxFile, DOCUMENT_MIME.docx, 'attachment'],
    ['an .xlsx', 'table.xlsx', xlsxFile, DOCUMENT_MIME.xlsx, 'attachment'],
  ])('uploads, registers and serves %s with its type', async (_, name, make, mime, disposition) => {
    const bytes = await make()
    const { status, body } = await filler.upload(path(name), bytes)
    expect(status).toBe(200)
    const registered = await register(body.data.fileId, `年检结果 ${name}`)
    expect(registered.body).toMatchObject({ ok: true, data: { fileId: body.data.fileId, added: { file: { kind: 'document', mime, name: `年检结果 ${name}` } } } })
    for (const client of [filler, reviewer]) {
      const file = await client.raw(url(body.data.fileId))
      expect(file).toMatchObject({ status: 200, type: mime })
      expect(file.headers.get('content-disposition')).toContain(disposition)
      expect(file.bytes.equals(bytes)).toBe(true)
    }
    expect((await otherFiller.raw(url(body.data.fileId))).status).toBe(403)
  })

  test.each([
    ['an .exe renamed .pdf', 'tool.pdf', exeFile],
    ['HTML renamed .docx', 'page.docx', htmlFile],
    ['a PDF renamed .docx', 'fake.docx', pdfFile],
  ])('refuses %s with 415 and stores nothing', async (_, name, make) => {
    const { status, body } = await filler.upload(path(name), make())
    expect(status).toBe(415)
    expect(body).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect((await reviewer.raw(url(`local:${path(name)}`))).status).toBe(404)
  })

  test('takes a 20 MB document, refuses a bigger one and a photo over 10 MB', async () => {
    expect((await filler.upload(path('max.pdf'), pdfOfSize(MAX_DOCUMENT_BYTES))).status).toBe(200)
    const over = await filler.upload(path('over.pdf'), pdfOfSize(MAX_DOCUMENT_BYTES + 1))
    expect(over).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: '文件不能超过 20.0 MB' } })
    const photo = await filler.upload(path('big.jpg'), Buffer.concat([JPEG, Buffer.alloc(10 * 1024 * 1024)]))
    expect(photo).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('照片不能超过 10.0 MB') } })
  })
})

describe('registered files exist in the emulator’s file store', () => {
  test('refuses to register a file id that was never uploaded', async () => {
    const answer = await register(`local:${path('never.jpg', 'B1.2')}`, undefined, 'B1.2')
    expect(answer.body).toMatchObject({ ok: false, code: 'NOT_FOUND', message: '没有找到已上传的文件，请重新上传' })
  })

  test('a registered photo whose file disappeared gets no URL (shown as missing), the registration stays', async () => {
    const { body } = await filler.upload(path('vanishing.jpg', 'B1.3'), jpegPhoto(4))
    expect((await register(body.data.fileId, undefined, 'B1.3')).body.ok).toBe(true)
    rmSync(join(workspace.dataDir, 'files', path('vanishing.jpg', 'B1.3')))
    expect((await reviewer.ok('evidence.urls', { fileIds: [body.data.fileId] })).urls).toEqual({})
    expect((await filler.ok('submission.get', { year: 2022 })).evidence['B1.3']).toEqual([body.data.fileId])
  })
})
