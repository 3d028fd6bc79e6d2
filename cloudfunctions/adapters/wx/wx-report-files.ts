import { randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import type { DownloadFileResult, TempFileURLResult, UploadFileResult } from 'wx-server-sdk'
import type { ReportFiles } from '../../core/ports'

/** The storage calls of wx-server-sdk reports use (the `cloud` object itself in production). */
export interface WxReportStorage {
  uploadFile(options: { cloudPath: string; fileContent: NodeJS.ReadableStream }): Promise<UploadFileResult>
  downloadFile(options: { fileID: string }): Promise<DownloadFileResult>
  getTempFileURL(options: { fileList: string[] }): Promise<TempFileURLResult>
}

/**
 * Reports go through the function's /tmp (streamed there, then uploaded as a stream), so that a large
 * workbook never sits whole in memory; the same cloud path is overwritten by the next export.
 */
export function createWxReportFiles(storage: WxReportStorage): ReportFiles {
  return {
    async saveReport(path, _fileName, write) {
      const temp = join(tmpdir(), `${randomUUID()}.tmp`)
      try {
        const out = createWriteStream(temp)
        await write(out)
        await finished(out)
        const { fileID } = await storage.uploadFile({ cloudPath: path, fileContent: createReadStream(temp) })
        const answer = await storage.getTempFileURL({ fileList: [fileID] })
        const url = answer.fileList.find((f) => f.fileID === fileID && f.status === 0)?.tempFileURL
        if (!url) throw new Error(`getTempFileURL 未返回 ${fileID} 的地址`)
        return { fileId: fileID, url }
      } finally {
        await rm(temp, { force: true })
      }
    },
    async readEvidence(fileId) {
      try {
        return (await storage.downloadFile({ fileID: fileId })).fileContent
      } catch (error) {
        console.warn('downloadFile failed', fileId, error)
        return null
      }
    },
  }
}
