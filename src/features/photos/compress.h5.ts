import { JPEG_QUALITY, scaledSize } from './limits'

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('无法读取这张照片'))
    image.src = src
  })
}

/** Browser: draws the photo scaled to a long edge of about 1600 px and encodes it as JPEG; resolves to an object URL. */
export async function compressPhoto(path: string): Promise<string> {
  const image = await loadImage(path)
  const size = scaledSize(image.naturalWidth, image.naturalHeight)
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('浏览器不支持压缩照片')
  context.drawImage(image, 0, 0, size.width, size.height)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY))
  if (!blob) throw new Error('照片压缩失败')
  return URL.createObjectURL(blob)
}
