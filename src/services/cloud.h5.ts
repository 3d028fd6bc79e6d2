import Taro from '@tarojs/taro'
import { ActionError, ERROR_CODES, type ErrorCode } from '../shared/contract/errors'
import type { ActionInput, ActionName, ActionOutput } from '../shared/contract/actions'
import { DEV_LOGIN_PAGE } from './dev-login-page'
import { unwrapResult } from './action-result'
import { NetworkError } from './network-error'

/**
 * H5 transport: the local emulator's HTTP API (`npm start`). Same exports as cloud.ts, which Taro uses for the
 * mini-program. Who the caller is comes from the dev-login session cookie, never from the request body.
 */


let redirecting = false

/**
 * Not logged in: send the user, once, to pick a dev identity (several calls may fail together); the caller
 * still sees the error as usual.
 */
function onUnauthenticated(raw: unknown): void {
  if ((raw as { code?: unknown } | null)?.code !== 'UNAUTHENTICATED' || redirecting) return
  const pages = Taro.getCurrentPages()
  if ((pages[pages.length - 1]?.route ?? '').includes(DEV_LOGIN_PAGE)) return
  redirecting = true
  Taro.reLaunch({ url: `/${DEV_LOGIN_PAGE}` }).finally(() => {
    redirecting = false
  })
}

export async function callAction<A extends ActionName>(action: A, input: ActionInput<A>): Promise<ActionOutput<A>> {
  let raw: unknown
  try {
    const response = await fetch('/api/call', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action, input }),
    })
    raw = await response.json()
  } catch {
    throw new NetworkError()
  }
  onUnauthenticated(raw)
  return unwrapResult(action, raw)
}

/** Posts the image at the H5 `filePath` (a blob: URL) to `cloudPath`; resolves to the file id to register. */
export async function uploadEvidence(
  filePath: string,
  cloudPath: string,
  onProgress?: (percent: number) => void,
  shownName?: string,
): Promise<string> {
  let image: Blob
  try {
    image = await (await fetch(filePath)).blob()
  } catch {
    throw new ActionError('INVALID_INPUT', '无法读取这张照片，请重新选择')
  }
  const raw = await new Promise<unknown>((resolve, reject) => {
    const request = new XMLHttpRequest()
    const named = shownName ? `&name=${encodeURIComponent(shownName)}` : ''
    request.open('POST', `/api/upload?fileId=${encodeURIComponent(cloudPath)}${named}`)
    request.setRequestHeader('Content-Type', image.type || 'application/octet-stream')
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100))
    }
    request.onload = () => {
      try {
        resolve(JSON.parse(request.responseText))
      } catch {
        reject(new NetworkError('照片上传失败，请重试'))
      }
    }
    request.onerror = () => reject(new NetworkError('照片上传失败，请重试'))
    request.send(image)
  })
  onUnauthenticated(raw)
  const result = raw as { ok?: unknown; data?: { fileId?: unknown }; code?: unknown; message?: unknown }
  if (result.ok === true && typeof result.data?.fileId === 'string') return result.data.fileId
  throw uploadFailure(result)
}

function uploadFailure(result: { code?: unknown; message?: unknown }): ActionError {
  const message = typeof result.message === 'string' ? result.message : '照片上传失败，请重试'
  const known = (ERROR_CODES as readonly unknown[]).includes(result.code)
  return new ActionError(known ? (result.code as ErrorCode) : 'INTERNAL', message)
}

/** Nothing to set up: the emulator serves this page, so every request goes to the same origin. */
export function initCloud(): void {}
