import Taro from '@tarojs/taro'
import { JPEG_QUALITY, scaledSize } from './limits'

/** Mini-program: scales a chosen photo to a long edge of about 1600 px as JPEG; resolves to a temp path. */
export async function compressPhoto(path: string): Promise<string> {
  const info = await Taro.getImageInfo({ src: path })
  const size = scaledSize(info.width, info.height)
  const landscape = info.width >= info.height
  const result = await Taro.compressImage({
    src: path,
    quality: Math.round(JPEG_QUALITY * 100),
    // Giving one side keeps the aspect ratio.
    ...(landscape ? { compressedWidth: size.width } : { compressedHeight: size.height }),
  })
  return result.tempFilePath
}
