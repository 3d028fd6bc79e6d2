import { randomUUID } from 'node:crypto'
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

  async function writeAtomically(path: string, bytes: Buffer): Promise<void> {
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
    readAt: (path) => readFile(path).catch(() => null),
    async read(fileId) {
      const found = locate(fileId)
      return found ? readFile(found.path).catch(() => null) : null
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
