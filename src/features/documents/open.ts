import Taro from '@tarojs/taro'
import { documentExtensionOf } from '../../shared'

/** Mini-program: downloads the document from its temporary URL and opens it in WeChat's document viewer. */
export async function openDocument(url: string, name: string): Promise<void> {
  const { tempFilePath, statusCode } = await Taro.downloadFile({ url })
  if (statusCode !== 200) throw new Error('文件下载失败，请重试')
  const fileType = documentExtensionOf(name) ?? documentExtensionOf(url.split('?')[0] ?? '') ?? undefined
  await Taro.openDocument({ filePath: tempFilePath, showMenu: true, ...(fileType ? { fileType } : {}) })
}
