import { useEffect, useState } from 'react'
import type { DocumentExtension } from '../../shared'
import { keepUploads, restoreKeptUploads } from './kept-uploads'

export type PendingStage = 'compressing' | 'uploading' | 'registering' | 'failed'

export interface PhotoTarget {
  readonly year: number
  readonly societyId: string
  readonly itemId: string
}

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

/**
 * Every file on its way in, for the whole app rather than the item page that chose it: the filler may leave the
 * page while a photo uploads (下一项, back, 提交), and coming back finds it there, uploading or failed with 重试;
 * the submit page waits for them. In the mini-program each is also kept on the phone (kept-uploads.ts), so that
 * a cold start finds those WeChat dropped mid-way again, failed with 重试.
 */
let uploads: readonly PendingPhoto[] = restoreKeptUploads()
const listeners = new Set<() => void>()

export const pendingUploads = {
  list: (): readonly PendingPhoto[] => uploads,
  change(next: (list: readonly PendingPhoto[]) => readonly PendingPhoto[]): void {
    uploads = next(uploads)
    keepUploads(uploads)
    listeners.forEach((listener) => listener())
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
}

/** The files on their way in, kept up to date. */
export function usePendingUploads(): readonly PendingPhoto[] {
  const [list, setList] = useState(pendingUploads.list)
  useEffect(() => {
    setList(pendingUploads.list())
    return pendingUploads.subscribe(() => setList(pendingUploads.list()))
  }, [])
  return list
}

/** A society's files of a year's form: those still on their way, and those that failed (retry or discard). */
export function uploadsOf(list: readonly PendingPhoto[], year: number, societyId: string) {
  const mine = list.filter((p) => p.target.year === year && p.target.societyId === societyId)
  return { underway: mine.filter((p) => p.stage !== 'failed'), failed: mine.filter((p) => p.stage === 'failed') }
}
