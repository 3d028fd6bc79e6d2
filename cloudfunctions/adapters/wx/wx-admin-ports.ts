import type * as WxServerSdk from 'wx-server-sdk'
import { PAGES } from '../../../src/shared/routes'
import type { BindQr, UploadReader } from '../../core/ports'

/** The wx-server-sdk calls behind the admin's QR codes and import files (the `cloud` object in production). */
export type WxAdminSdk = Pick<typeof WxServerSdk, 'openapi' | 'downloadFile' | 'deleteFile'>

/** WeChat wants the page without a leading slash; the page reads the code from `scene`. */
export const BIND_PAGE = PAGES.bind

/** Mini-program codes that open the bind page with `scene` = the binding code (openapi permission: admin only). */
export function createWxBindQr(sdk: Pick<WxAdminSdk, 'openapi'>): BindQr {
  return {
    async png(code) {
      if (!sdk.openapi.wxacode) throw new Error('wx-server-sdk: openapi.wxacode 不可用')
      const answer = await sdk.openapi.wxacode.getUnlimited({ scene: code, page: BIND_PAGE, checkPath: false, width: 430 })
      return answer.buffer
    },
  }
}

/** Import files the admin uploaded to cloud storage under `imports/`; nothing else is read. */
export function createWxUploads(sdk: Pick<WxAdminSdk, 'downloadFile' | 'deleteFile'>): UploadReader {
  const isImport = (fileId: string) => /^cloud:\/\/[^/]+\/imports\/[A-Za-z0-9_.-]+$/.test(fileId)
  return {
    async read(fileId, maxBytes) {
      if (!isImport(fileId)) return null
      const { fileContent } = await sdk.downloadFile({ fileID: fileId })
      return fileContent.subarray(0, maxBytes + 1)
    },
    async remove(fileId) {
      if (!isImport(fileId)) return
      await sdk.deleteFile({ fileList: [fileId] }).catch((error: unknown) => console.warn('deleteFile: import not deleted', error))
    },
  }
}
