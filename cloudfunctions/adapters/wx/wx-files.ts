import type { DeleteFileResult, DownloadFileResult, TempFileURLResult } from 'wx-server-sdk'
import type { FileStore } from '../../core/ports'

/** The storage calls of wx-server-sdk this adapter uses (the `cloud` object itself in production). */
export interface WxStorage {
  getTempFileURL(options: { fileList: string[] }): Promise<TempFileURLResult>
  deleteFile(options: { fileList: string[] }): Promise<DeleteFileResult>
  downloadFile(options: { fileID: string }): Promise<DownloadFileResult>
}

/** WeChat takes at most 50 file ids per storage call. */
export const FILES_PER_CALL = 50

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Cloud storage: temporary URLs for photos, reading a stored file, and deletion. */
export function createWxFiles(storage: WxStorage): FileStore {
  return {
    async tempUrls(fileIds) {
      const urls: Record<string, string> = {}
      for (const fileList of chunks([...new Set(fileIds)], FILES_PER_CALL)) {
        const answer = await storage.getTempFileURL({ fileList })
        for (const file of answer.fileList) {
          if (file.status === 0 && file.tempFileURL) urls[file.fileID] = file.tempFileURL
        }
      }
      return urls
    },

    /**
     * Whether the file exists comes from getTempFileURL (status 0; a missing file answers STORAGE_FILE_NONEXIST),
     * its bytes from downloadFile; a download that fails for an existing file is an error, not "missing".
     */
    async read(fileId) {
      const answer = await storage.getTempFileURL({ fileList: [fileId] })
      const found = answer.fileList.find((file) => file.fileID === fileId)
      if (!found || found.status !== 0) return null
      const { fileContent } = await storage.downloadFile({ fileID: fileId })
      return fileContent
    },

    /** Best effort: a file already gone (or one WeChat will not delete) is logged, not an error for the user. */
    async delete(fileIds) {
      for (const fileList of chunks([...new Set(fileIds)], FILES_PER_CALL)) {
        const answer = await storage.deleteFile({ fileList })
        const failed = answer.fileList.filter((file) => file.status !== 0)
        if (failed.length > 0) console.warn('deleteFile: not deleted', failed.map((f) => `${f.fileID} ${f.errMsg ?? f.status}`))
      }
    },
  }
}
