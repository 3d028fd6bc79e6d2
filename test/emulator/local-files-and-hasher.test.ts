import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PhotoHash } from '../../cloudfunctions/core/ports'
import { SYNC_IO_MAX_BYTES, localFiles } from '../../emulator/local-files'
import { rememberingHasher } from '../../emulator/photo-hasher'

const counting = () => {
  const asked: number[] = []
  return {
    asked,
    hasher: rememberingHasher({
      hash: async (bytes: Uint8Array): Promise<PhotoHash> => {
        asked.push(bytes[0]!)
        return { undecodable: bytes[0] === 0, dhash: bytes[0] === 0 ? null : `${bytes[0]}`.padStart(16, '0') }
      },
    }),
  }
}

describe('rememberingHasher (an upload starts the hash its registration reads)', () => {
  test('the same bytes are decoded once, and every asker gets the decoder’s verdict', async () => {
    const { asked, hasher } = counting()
    const first = hasher.hash(Uint8Array.of(7, 1, 2))
    const again = hasher.hash(Uint8Array.of(7, 1, 2))
    expect(await first).toEqual({ undecodable: false, dhash: '0000000000000007' })
    expect(await again).toEqual(await first)
    expect(asked).toEqual([7])
  })

  test('different bytes are decoded apart; an undecodable photo stays undecodable when asked again', async () => {
    const { asked, hasher } = counting()
    expect(await hasher.hash(Uint8Array.of(0, 9))).toEqual({ undecodable: true, dhash: null })
    expect(await hasher.hash(Uint8Array.of(3, 9))).toMatchObject({ undecodable: false })
    expect(await hasher.hash(Uint8Array.of(0, 9))).toEqual({ undecodable: true, dhash: null })
    expect(asked).toEqual([0, 3])
  })

  test('keeps a bounded number of photos: the oldest is decoded again once it was forgotten', async () => {
    const { asked, hasher } = counting()
    for (let i = 0; i < 300; i++) await hasher.hash(Uint8Array.of(1, i >> 8, i & 0xff))
    await hasher.hash(Uint8Array.of(1, 0, 0))
    await hasher.hash(Uint8Array.of(1, 1, 43))
    expect(asked).toHaveLength(301)
  })
})

describe('localFiles writes small files in one step and large ones through the thread pool', () => {
  const root = mkdtempSync(join(tmpdir(), 'local-files-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const files = localFiles(root)

  test.each([
    ['a photo-sized file', 300 * 1024],
    ['a file at the limit', SYNC_IO_MAX_BYTES],
    ['a larger document', SYNC_IO_MAX_BYTES + 1],
  ])('%s is stored whole, read back, and leaves no temporary file', async (_, size) => {
    const bytes = Buffer.alloc(size, size % 251)
    const target = files.locate(`evidence/s1/2022/B1.1/f${size}.jpg`)!
    await files.write(target.path, bytes)
    expect(statSync(target.path).size).toBe(size)
    expect(Buffer.from((await files.read(target.fileId))!).equals(bytes)).toBe(true)
    expect(readFileSync(target.path).equals(bytes)).toBe(true)
    expect(readdirSync(join(root, 'files', '.tmp'))).toEqual([])
  })

  test('reading a missing file answers null', async () => {
    expect(await files.read('evidence/s1/2022/B1.1/none.jpg')).toBeNull()
  })
})
