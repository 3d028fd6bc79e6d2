import Taro from '@tarojs/taro'
import { isCancel } from './cancel'

/** Browser: a file picker (the camera on phones that offer it); resolves to object URLs ([] when cancelled). */
export async function choosePhotos(count: number): Promise<string[]> {
  try {
    const result = await Taro.chooseImage({ count, sizeType: ['original'], sourceType: ['album', 'camera'] })
    return result.tempFilePaths
  } catch (e) {
    if (isCancel(e)) return []
    throw e
  }
}
