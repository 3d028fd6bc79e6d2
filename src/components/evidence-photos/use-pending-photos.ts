import { useRef } from 'react'
import Taro from '@tarojs/taro'
import { ActionError, evidenceFolder, parseEvidencePath, type DocumentExtension, type EvidenceChanged } from '../../shared'
import { pendingUploads, usePendingUploads, type PendingPhoto, type PhotoTarget } from './pending-uploads'
import { callAction, uploadEvidence } from '../../services/cloud'
import { compressPhoto, photoFileName } from '../../features/photos'
import { documentFileName, type ChosenDocument } from '../../features/documents'
import { duplicateNotice } from './duplicate-text'
import { rememberPhotoUrl } from './photo-urls'
import { isKeptCopy } from './kept-uploads'
import { APP_BLUE } from '../../styles/colours'

export type { PendingPhoto, PendingStage } from './pending-uploads'

let nextKey = 0

/** The server's word that this file will never be taken (a retry would be refused again), or undefined. */
const refusalOf = (error: unknown): string | undefined =>
  error instanceof ActionError && (error.code === 'INVALID_INPUT' || error.code === 'PAYLOAD_TOO_LARGE') ? error.message : undefined

const NOT_A_PHOTO = '所选文件不是照片，或照片已损坏，无法读取。请换一张 JPG 或 PNG 照片；文档请用“添加文件”。'

/** Compress → upload (with progress) → register, per photo or document; a failure keeps it for a retry. */
export function usePendingPhotos(target: PhotoTarget, onChange: (answer: EvidenceChanged) => void) {
  const all = usePendingUploads()
  const latest = useRef({ onChange })
  latest.current = { onChange }
  const pending = all.filter((p) => p.target.year === target.year && p.target.societyId === target.societyId && p.target.itemId === target.itemId)

  // Kept for the whole app (pending-uploads.ts): a file still goes in, or stays failed with 重试, after the page is left.
  const update = (key: string, change: Partial<PendingPhoto>) =>
    pendingUploads.change((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)))
  const remove = (key: string) => pendingUploads.change((list) => list.filter((p) => p.key !== key))

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
      if (!document && !isKeptCopy(localPath)) rememberPhotoUrl(fileId, localPath)
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
    pendingUploads.change((list) => [...list, ...photos])
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
    const photo = pendingUploads.list().find((p) => p.key === key)
    if (photo && photo.stage === 'failed' && !photo.refusal) void run(photo)
  }

  return { pending, add, addDocuments, retry, discard: remove }
}
