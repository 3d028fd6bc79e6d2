import { Client, JPEG, PNG, fillerOfAnotherSociety, societyOf, useEmulator } from './harness'

const emulator = useEmulator()
let filler: Client
let reviewer: Client
let otherFiller: Client
let societyId: string

beforeAll(async () => {
  filler = new Client(emulator())
  await filler.login('dev-filler-1')
  societyId = await societyOf(filler)
  reviewer = new Client(emulator())
  await reviewer.login('dev-reviewer')
  otherFiller = await fillerOfAnotherSociety(emulator(), '自治区农学会')
})

const path = (name: string, society = societyId) => `evidence/${society}/2022/B1.1/${name}`

describe('POST /api/upload', () => {
  test('stores a PNG under the filler’s society and answers its local file id', async () => {
    const { status, body } = await filler.upload(path('photo1.png'), PNG)
    expect(status).toBe(200)
    expect(body).toEqual({ ok: true, data: { fileId: `local:${path('photo1.png')}` } })
  })

  test('accepts a JPEG', async () => {
    expect((await filler.upload(path('photo2.jpg'), JPEG)).body.ok).toBe(true)
  })

  test('refuses a text file named .jpg', async () => {
    const { status, body } = await filler.upload(path('notes.jpg'), Buffer.from('这不是图片'))
    expect(status).toBe(415)
    expect(body).toMatchObject({ ok: false, message: '只能上传 JPEG、PNG、WebP 照片，或 PDF、Word（.docx）、Excel（.xlsx）文件' })
  })

  test('refuses more than 10 MB', async () => {
    const big = Buffer.concat([JPEG, Buffer.alloc(10 * 1024 * 1024)])
    const { status, body } = await filler.upload(path('big.jpg'), big)
    expect(status).toBe(413)
    expect(body).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE' })
  })

  test('refuses another society’s folder', async () => {
    const other = await societyOf(otherFiller)
    const { status, body } = await filler.upload(path('x.jpg', other), JPEG)
    expect(status).toBe(403)
    expect(body).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  test.each([
    (s: string) => `evidence/${s}/2022/B1.1/../../../../../escape.jpg`,
    (s: string) => `evidence/${s}/2022/../x.jpg`,
    () => '../../etc/passwd',
    (s: string) => `local:evidence/${s}/2022/B1.1/..%2Fescape.jpg`,
  ])('refuses a path that climbs out (%#)', async (make) => {
    const { status, body } = await filler.upload(make(societyId), JPEG)
    expect(status).toBe(400)
    expect(body).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  })

  test('refuses callers who are not fillers', async () => {
    expect((await reviewer.upload(path('r.jpg'), JPEG)).status).toBe(403)
    expect((await new Client(emulator()).upload(path('anon.jpg'), JPEG)).status).toBe(401)
  })
})

describe('GET /files/…', () => {
  const url = (fileId: string) => `/files/${encodeURIComponent(fileId)}`

  test('serves the photo with its content type to the owning society and to reviewers', async () => {
    const { body } = await filler.upload(path('shown.png'), PNG)
    for (const client of [filler, reviewer]) {
      const file = await client.raw(url(body.data.fileId))
      expect(file.status).toBe(200)
      expect(file.type).toBe('image/png')
      expect(file.bytes.equals(PNG)).toBe(true)
    }
  })

  test('refuses another society’s filler and strangers', async () => {
    const { body } = await filler.upload(path('private.jpg'), JPEG)
    expect((await otherFiller.raw(url(body.data.fileId))).status).toBe(403)
    expect((await new Client(emulator()).raw(url(body.data.fileId))).status).toBe(401)
  })

  test('answers 404 for a photo that does not exist', async () => {
    expect((await reviewer.raw(url(`local:${path('missing.jpg')}`))).status).toBe(404)
  })

  test('evidence.urls gives working addresses for registered photos only', async () => {
    const { body } = await filler.upload(path('listed.jpg'), JPEG)
    const fileId = body.data.fileId as string
    const missing = `local:${path('never.jpg')}`
    const { urls } = await reviewer.ok('evidence.urls', { fileIds: [fileId, missing] })
    expect(Object.keys(urls)).toEqual([fileId])
    expect((await reviewer.raw(urls[fileId])).status).toBe(200)
  })
})
