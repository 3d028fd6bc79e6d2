import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
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

describe('localFiles: a stored file keeps its name across a power cut', () => {
  const fs = require('node:fs') as typeof import('node:fs')
  const fsPromises = require('node:fs/promises') as typeof import('node:fs/promises')
  const root = mkdtempSync(join(tmpdir(), 'local-files-sync-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  afterEach(() => jest.restoreAllMocks())

  /** Every path fsynced (read back from the descriptor), and whether the stored file was in place at each. */
  const recordSyncs = (stored: string) => {
    const synced: { path: string; fileInPlace: boolean }[] = []
    const fsyncSync = fs.fsyncSync
    jest.spyOn(fs, 'fsyncSync').mockImplementation((fd: number) => {
      synced.push({ path: fs.readlinkSync(`/proc/self/fd/${fd}`), fileInPlace: fs.existsSync(stored) })
      fsyncSync(fd)
    })
    return synced
  }

  test('a photo: its bytes, then the folder it was renamed into; the folders made for it in their parents', async () => {
    const files = localFiles(root)
    const target = files.locate('evidence/s9/2022/B2.1/a.jpg')!
    const synced = recordSyncs(target.path)
    await files.write(target.path, Buffer.alloc(1000, 7))
    const folder = dirname(target.path)
    // The made folders' names: files/ in the data folder, .tmp and evidence in files/, and so on down to 2022.
    const parents = [root, join(root, 'files'), join(root, 'files', 'evidence'), join(root, 'files', 'evidence', 's9'), dirname(folder)]
    for (const parent of parents) expect(synced.map((s) => s.path)).toContain(parent)
    const tempSync = synced.findIndex((s) => s.path.startsWith(join(root, 'files', '.tmp')))
    expect(tempSync).toBeGreaterThanOrEqual(0)
    expect(synced[tempSync]!.fileInPlace).toBe(false)
    expect(synced.at(-1)).toEqual({ path: folder, fileInPlace: true })
  })

  test('a second photo in the same folder: its bytes and the folder, no folder made again', async () => {
    const files = localFiles(root)
    await files.write(files.locate('evidence/s9/2022/B2.1/b.jpg')!.path, Buffer.alloc(10, 1))
    const target = files.locate('evidence/s9/2022/B2.1/c.jpg')!
    const synced = recordSyncs(target.path)
    await files.write(target.path, Buffer.alloc(1000, 7))
    expect(synced.map((s) => (s.path.startsWith(join(root, 'files', '.tmp')) ? 'temp' : s.path))).toEqual(['temp', dirname(target.path)])
  })

  test('a large document (written through the thread pool): the folder it was renamed into is fsynced after the rename', async () => {
    const files = localFiles(root)
    const target = files.locate('evidence/s9/2022/B3.1/big.pdf')!
    const opened: { path: string; fileInPlace: boolean }[] = []
    const open = fsPromises.open
    jest.spyOn(fsPromises, 'open').mockImplementation(((path: string, flags?: string) => {
      if (flags === 'r') opened.push({ path, fileInPlace: fs.existsSync(target.path) })
      return open(path, flags)
    }) as typeof open)
    await files.write(target.path, Buffer.alloc(SYNC_IO_MAX_BYTES + 1, 3))
    expect(opened).toEqual([{ path: dirname(target.path), fileInPlace: true }])
  })
})
