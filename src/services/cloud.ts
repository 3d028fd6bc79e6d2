import Taro from '@tarojs/taro'
import { functionOf } from '../shared/contract/function-of'
import type { ActionInput, ActionName, ActionOutput } from '../shared/contract/actions'
import { unwrapResult } from './action-result'
import { NetworkError } from './network-error'
import { CLOUD_ENV } from '../config/cloud-env'

/**
 * Mini-program transport: WeChat cloud functions. The H5 build uses cloud.h5.ts (the local emulator) instead;
 * both export the same functions.
 */

export async function callAction<A extends ActionName>(action: A, input: ActionInput<A>): Promise<ActionOutput<A>> {
  let response: Taro.cloud.CallFunctionResult
  try {
    response = await Taro.cloud.callFunction({ name: functionOf(action), data: { action, input } })
  } catch {
    throw new NetworkError()
  }
  return unwrapResult(action, response.result)
}

/** Uploads a local (already compressed) image to `cloudPath`; resolves to the file id to register. */
export function uploadEvidence(
  filePath: string,
  cloudPath: string,
  onProgress?: (percent: number) => void,
  /** The name refusals give the file (the emulator checks it on upload; the cloud on registering). */
  _shownName?: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const task = Taro.cloud.uploadFile({
      cloudPath,
      filePath,
      success: (res) => resolve(res.fileID),
      fail: () => reject(new NetworkError('照片上传失败，请重试')),
    }) as unknown as { onProgressUpdate?: (cb: (p: { progress: number }) => void) => void }
    task?.onProgressUpdate?.((p) => onProgress?.(p.progress))
  })
}

export function initCloud(): void {
  Taro.cloud.init({ traceUser: true, ...(CLOUD_ENV ? { env: CLOUD_ENV } : {}) })
}
