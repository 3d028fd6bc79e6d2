import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { ActionError, evidenceFolder, parseEvidencePath, type DocumentExtension, type EvidenceChanged } from '../../shared'
import { callAction, uploadEvidence } from '../../services/cloud'
import { compressPhoto, photoFileName } from '../../features/photos'
import { documentFileName, type ChosenDocument } from '../../features/documents'
import { duplicateNotice } from './duplicate-text'
import { rememberPhotoUrl } from './photo-urls'
import { APP_BLUE } from '../../styles/colours'

export type PendingStage = 'compressing' | 'uploading' | 'registering' | 'failed'

/** A photo on its way in: kept with its local image until it is registered, or discarded after a failure. */
export interface PendingPhoto {
  readonly key: string
  /** Where it goes, fixed when chosen, so that a retry never lands under another item. */
  readonly target: PhotoTarget
  readonly sourcePath: string
  /** The compressed local copy, once made. */
  readonly localPath?: string
  /** The uploaded file, once stored: a retry then only registers it. */
  readonly fileId?: string
  readonly stage: PendingStage
  readonly progress: number
  /** Why the server refused the file itself (its type, size or content): shown in place of a retry. */
  readonly refusal?: string
  /** A document (uploaded as it is, never compressed), with the name the filler sees on its chip. */
  readonly document?: { readonly name: string; readonly size: number; readonly extension: DocumentExtension }
}

interface PhotoTarget {
  readonly year: number
  readonly societyId: string
  readonly itemId: string
}

let nextKey = 0

/** The server's word that this file will never be taken (a retry would be refused again), or undefined. */
const refusalOf = (error: unknown): string | undefined =>
  error instanceof ActionError && (error.code === 'INVALID_INPUT' || error.code === 'PAYLOAD_TOO_LARGE') ? error.message : undefined

const NOT_A_PHOTO = '所选文件不是照片，或照片已损坏，无法读取。请换一张 JPG 或 PNG 照片；文档请用“添加文件”。'

/** Compress → upload (with progress) → register, per photo or document; a failure keeps it for a retry. */
export function usePendingPhotos(target: PhotoTarget, onChange: (answer: EvidenceChanged) => void) {
  const [all, setPending] = useState<PendingPhoto[]>([])
  const latest = useRef({ onChange, all })
  latest.current = { onChange, all }
  const pending = all.filter((p) => p.target.itemId === target.itemId)

  const update = (key: string, change: Partial<PendingPhoto>) =>
    setPending((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)))
  const remove = (key: string) => setPending((list) => list.filter((p) => p.key !== key))

  async function run(photo: PendingPhoto): Promise<void> {
    const { year, societyId, itemId } = photo.target
    let { localPath, fileId } = photo
    try {
      const { document } = photo
      if (!localPath) {
        update(photo.key, { stage: 'compressing' })
        const made = document ? photo.sourcePath : await compressPhoto(photo.sourcePath).catch(() => null)
        if (made === null) {
          // Not an image (a text file named fake.jpg) or a damaged one: a retry cannot help, so no tile is kept.
          remove(photo.key)
          void Taro.showModal({ title: '无法读取所选照片', content: NOT_A_PHOTO, showCancel: false, confirmColor: APP_BLUE })
          return
        }
        localPath = made
        update(photo.key, { localPath })
      }
      if (!fileId) {
        update(photo.key, { stage: 'uploading', progress: 0 })
        const name = document ? documentFileName(document.extension) : photoFileName()
        const cloudPath = `${evidenceFolder(societyId, year, itemId)}/${name}`
        const onProgress = (progress: number) => update(photo.key, { progress })
        fileId = await uploadEvidence(localPath, cloudPath, onProgress, document?.name)
        update(photo.key, { fileId, progress: 100 })
      }
      update(photo.key, { stage: 'registering' })
      const answer = await callAction('submission.addPhoto', { year, itemId, fileId, ...(document ? { name: document.name } : {}) })
      if (!document) rememberPhotoUrl(fileId, localPath)
      latest.current.onChange(answer)
      remove(photo.key)
      // The same photo elsewhere in the form: the items it is in, read from the other files' paths.
      const usedIn = (answer.added?.sameAs ?? []).map((same) => parseEvidencePath(same.fileId)?.itemId ?? itemId)
      if (usedIn.length > 0) void Taro.showModal({ title: '照片重复', content: duplicateNotice(usedIn, itemId), showCancel: false, confirmColor: APP_BLUE })
    } catch (e) {
      const refusal = refusalOf(e)
      update(photo.key, { stage: 'failed', refusal })
      // A refusal is shown where the file is (it is too long for a toast); another failure is told in passing.
      if (!refusal) void Taro.showToast({ title: e instanceof Error ? e.message : '照片上传失败，请重试', icon: 'none' })
    }
  }

  const start = (photos: PendingPhoto[]) => {
    setPending((list) => [...list, ...photos])
    photos.forEach((p) => void run(p))
  }
  const pendingOf = (sourcePath: string, document?: PendingPhoto['document']): PendingPhoto => ({
    key: `pending-${++nextKey}`,
    target: { year: target.year, societyId: target.societyId, itemId: target.itemId },
    sourcePath,
    stage: 'compressing',
    progress: 0,
    ...(document ? { document } : {}),
  })

  const add = (paths: readonly string[]) => start(paths.map((path) => pendingOf(path)))
  const addDocuments = (docs: readonly (ChosenDocument & { extension: DocumentExtension })[]) =>
    start(docs.map((d) => pendingOf(d.path, { name: d.name, size: d.size, extension: d.extension })))

  const retry = (key: string) => {
    const photo = latest.current.all.find((p) => p.key === key)
    if (photo && photo.stage === 'failed' && !photo.refusal) void run(photo)
  }

  return { pending, add, addDocuments, retry, discard: remove }
}
