import Taro from '@tarojs/taro'
import { isCancel } from './cancel'

/** Mini-program: lets the user take photos or pick them from the album; resolves to local paths ([] when cancelled). */
export async function choosePhotos(count: number): Promise<string[]> {
  try {
    const result = await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sourceType: ['camera', 'album'],
      sizeType: ['original'],
    })
    return result.tempFiles.map((f) => f.tempFilePath)
  } catch (e) {
    if (isCancel(e)) return []
    throw e
  }
}
