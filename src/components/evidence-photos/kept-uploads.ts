import Taro from '@tarojs/taro'
import type { PendingPhoto } from './pending-uploads'

/**
 * A copy of every file on its way in, in the mini-program's user data folder, and a note of it in storage: when
 * WeChat drops the app from memory mid-upload (the filler switched to another app for a while), the next start
 * finds the file again, failed with 重试, instead of losing it without a word. Copied once the file to send is
 * made (a photo compressed, a document as chosen), the note updated when the upload has its file id (a retry then
 * only registers it), both removed when the file is registered or discarded. Best effort: a copy that cannot be
 * made (storage full) leaves the upload as it was. The H5 build has no files to keep (a page reload ends them).
 */
const KEPT_NOTE = 'evidence-uploads-kept'
const FOLDER = 'kept-uploads'

interface KeptNote {
  readonly target: PendingPhoto['target']
  readonly path: string
  readonly fileId?: string
  readonly document?: PendingPhoto['document']
}

const inMiniProgram = process.env.TARO_ENV === 'weapp'
const folder = () => `${Taro.env.USER_DATA_PATH}/${FOLDER}`
let made = 0

/** The copy a file on its way in is kept as, by its pending key. */
const copies = new Map<string, string>()
let lastNote = ''

const exists = (path: string) => {
  try {
    Taro.getFileSystemManager().accessSync(path)
    return true
  } catch {
    return false
  }
}

function copyOf(photo: PendingPhoto): string | null {
  const extension = photo.document?.extension ?? 'jpg'
  const path = `${folder()}/${Date.now()}-${++made}.${extension}`
  try {
    const fs = Taro.getFileSystemManager()
    if (!exists(folder())) fs.mkdirSync(folder(), true)
    fs.copyFileSync(photo.localPath!, path)
    return path
  } catch {
    return null
  }
}

function removeCopy(path: string): void {
  try {
    Taro.getFileSystemManager().unlinkSync(path)
  } catch {
    // Already gone: nothing to keep.
  }
}

/** The files an earlier run left on their way in, whose copies are still there: failed, for 重试 or ×. */
export function restoreKeptUploads(): PendingPhoto[] {
  if (!inMiniProgram) return []
  let noted: unknown
  try {
    noted = Taro.getStorageSync(KEPT_NOTE)
  } catch {
    return []
  }
  const notes = (Array.isArray(noted) ? (noted as KeptNote[]) : []).filter((note) => note && typeof note.path === 'string' && exists(note.path))
  return notes.map((note, index) => {
    const key = `kept-${index + 1}`
    copies.set(key, note.path)
    return {
      key,
      target: note.target,
      sourcePath: note.path,
      localPath: note.path,
      ...(note.fileId ? { fileId: note.fileId } : {}),
      ...(note.document ? { document: note.document } : {}),
      stage: 'failed',
      progress: 0,
    }
  })
}

/** Brings the copies and the note in line with the files on their way in (called on every change of the list). */
export function keepUploads(list: readonly PendingPhoto[]): void {
  if (!inMiniProgram) return
  for (const photo of list) {
    if (photo.localPath && !photo.refusal && !copies.has(photo.key)) {
      const path = copyOf(photo)
      if (path) copies.set(photo.key, path)
    }
  }
  for (const [key, path] of copies) {
    const photo = list.find((p) => p.key === key)
    if (!photo || photo.refusal) {
      removeCopy(path)
      copies.delete(key)
    }
  }
  const notes: KeptNote[] = list.flatMap((p) =>
    copies.has(p.key) ? [{ target: p.target, path: copies.get(p.key)!, ...(p.fileId ? { fileId: p.fileId } : {}), ...(p.document ? { document: p.document } : {}) }] : [],
  )
  const note = JSON.stringify(notes)
  if (note === lastNote) return
  try {
    if (notes.length > 0) Taro.setStorageSync(KEPT_NOTE, notes)
    else Taro.removeStorageSync(KEPT_NOTE)
    lastNote = note
  } catch {
    // Storage full: the upload goes on in memory, as it did before anything was kept.
  }
}

/** Whether `path` is a kept copy (it goes when its upload is registered: nothing may show from it afterwards). */
export const isKeptCopy = (path: string | undefined): boolean => !!path && [...copies.values()].includes(path)
