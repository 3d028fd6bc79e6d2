import Taro from '@tarojs/taro'
import type { ReportFile } from '../../shared'
import { isPrivacyRefusal, privacyRefusalText } from '../privacy/refusal'

/** The file types WeChat's openDocument shows; an archive cannot be opened on the phone. */
const OPENABLE = ['xlsx', 'xls', 'docx', 'doc', 'pdf', 'pptx', 'ppt']

/**
 * Mini-program: downloads the report and opens it in WeChat's document viewer (with its menu, to forward or
 * save it). An archive cannot be opened there: its link is copied for a computer's browser instead.
 * Resolves to a note for the user, or null.
 */
export async function openReport(file: ReportFile): Promise<string | null> {
  const extension = file.fileName.split('.').pop()?.toLowerCase() ?? ''
  if (!OPENABLE.includes(extension)) {
    await Taro.setClipboardData({ data: file.url }).catch((e: unknown) => {
      throw isPrivacyRefusal(e) ? new Error(privacyRefusalText('reportLink')) : e
    })
    return '手机上无法打开压缩包，下载链接已复制，请在电脑浏览器中粘贴下载（链接有时效）'
  }
  const download = await Taro.downloadFile({ url: file.url })
  if (download.statusCode !== 200) throw new Error(`下载失败（${download.statusCode}），请重试`)
  await Taro.openDocument({ filePath: download.tempFilePath, fileType: extension as 'xlsx', showMenu: true })
  return null
}
