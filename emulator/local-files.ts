import { randomUUID } from 'node:crypto'
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import type { FileStore } from '../cloudfunctions/core/ports'
import { evidenceFolder, parseEvidencePath, type EvidenceLocation } from '../src/shared/evidence-path'

/** Evidence files (photos and documents) on disk under `<dataDir>/files/evidence/…`; their file ids are `local:evidence/…`. */
export interface LocalFiles extends FileStore {
  /** The location and disk path of a `local:evidence/…` (or bare `evidence/…`) id; null for anything else. */
  locate(fileId: string): { location: EvidenceLocation; path: string; fileId: string } | null
  /** Writes atomically (temporary file, fsync, rename): a reader sees the old file or the whole new one. */
  write(path: string, bytes: Buffer): Promise<void>
  /** The bytes at a disk path from `locate`, or null when there is no such file. */
  readAt(path: string): Promise<Buffer | null>
}

export const LOCAL_PREFIX = 'local:'

/**
 * Files up to this size (every photo the client sends: about 400 KB) are written and read in one step on the
 * event loop. Under load each await of an asynchronous file call waits behind every request that is ready on
 * the loop (each holding it for a SQLite commit): the six steps of an atomic write cost an upload several
 * times a save's latency, where writing 1 MB with its fsync holds the loop a few milliseconds. Larger files
 * (documents up to 20 MB) keep the thread pool.
 */
export const SYNC_IO_MAX_BYTES = 1024 * 1024

export const fileUrl = (fileId: string): string => `/files/${encodeURIComponent(fileId)}`

export function localFiles(dataDir: string): LocalFiles {
  const root = resolve(dataDir, 'files')
  const temp = join(root, '.tmp')

  const locate: LocalFiles['locate'] = (fileId) => {
    if (!fileId.startsWith('evidence/') && !fileId.startsWith(`${LOCAL_PREFIX}evidence/`)) return null
    const location = parseEvidencePath(fileId)
    if (!location) return null
    const relative = `${evidenceFolder(location.societyId, location.year, location.itemId)}/${location.name}`
    const path = resolve(root, relative)
    if (!path.startsWith(root + sep)) return null
    return { location, path, fileId: LOCAL_PREFIX + relative }
  }

  // Folders made once are not made again on every upload (each recursive mkdir is several file system calls).
  const folders = new Set<string>()
  const ensureFolder = async (folder: string) => {
    if (folders.has(folder)) return
    await mkdir(folder, { recursive: true })
    folders.add(folder)
  }

  /** The same steps as writeAtomically, each done before returning. */
  function writeAtomicallyNow(path: string, bytes: Buffer): void {
    for (const folder of [temp, dirname(path)]) {
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true })
      folders.add(folder)
    }
    const tempPath = join(temp, randomUUID())
    try {
      const fd = openSync(tempPath, 'w')
      try {
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at)
        fsyncSync(fd)
      } finally {
        closeSync(fd)
      }
      renameSync(tempPath, path)
    } catch (error) {
      rmSync(tempPath, { force: true })
      throw error
    }
  }

  async function writeAtomically(path: string, bytes: Buffer): Promise<void> {
    if (bytes.length <= SYNC_IO_MAX_BYTES) return writeAtomicallyNow(path, bytes)
    await ensureFolder(temp)
    await ensureFolder(dirname(path))
    const tempPath = join(temp, randomUUID())
    try {
      const handle = await open(tempPath, 'w')
      try {
        await handle.writeFile(bytes)
        await handle.sync()
      } finally {
        await handle.close()
      }
      await rename(tempPath, path)
    } catch (error) {
      // A write that dies half way leaves nothing behind: no partial photo, no stray temporary file.
      await rm(tempPath, { force: true })
      throw error
    }
  }

  const readAt = async (path: string): Promise<Buffer | null> => {
    try {
      if (statSync(path).size <= SYNC_IO_MAX_BYTES) return readFileSync(path)
    } catch {
      return null
    }
    return readFile(path).catch(() => null)
  }

  const exists = (path: string) =>
    stat(path).then(
      (s) => s.isFile(),
      () => false,
    )

  return {
    locate,
    async write(path, bytes) {
      try {
        await writeAtomically(path, bytes)
      } catch (error) {
        // A folder removed behind our back (a data folder cleaned by hand): make the folders again, once.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
        folders.clear()
        await writeAtomically(path, bytes)
      }
    },
    readAt,
    async read(fileId) {
      const found = locate(fileId)
      return found ? readAt(found.path) : null
    },
    async tempUrls(fileIds) {
      const urls: Record<string, string> = {}
      for (const fileId of fileIds) {
        const found = locate(fileId)
        if (found && (await exists(found.path))) urls[fileId] = fileUrl(fileId)
      }
      return urls
    },
    async delete(fileIds) {
      for (const fileId of fileIds) {
        const found = locate(fileId)
        if (found) await rm(found.path, { force: true })
      }
    },
  }
}
