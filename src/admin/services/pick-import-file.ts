import Taro from '@tarojs/taro'
import { ActionError, MAX_IMPORT_BYTES } from '../../shared'
import { NetworkError } from '../../services/network-error'
import { isPrivacyRefusal, privacyRefusalText } from '../../features/privacy/refusal'

export interface PickedFile {
  fileId: string
  fileName: string
}

/**
 * Mini-program: a file from a WeChat chat (where the admin's spreadsheet usually is), uploaded to cloud storage
 * under imports/ for admin.readImportFile; null when nothing was chosen.
 */
export async function pickImportFile(): Promise<PickedFile | null> {
  let chosen: { path: string; name: string; size: number }
  try {
    const result = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] })
    chosen = result.tempFiles[0]!
  } catch (e) {
    if (isPrivacyRefusal(e)) throw new Error(privacyRefusalText('importFile'))
    return null
  }
  if (chosen.size > MAX_IMPORT_BYTES) throw new ActionError('PAYLOAD_TOO_LARGE', `“${chosen.name}”超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`)
  const extension = chosen.name.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx'
  const cloudPath = `imports/${Date.now()}-${Math.random().toString(36).slice(2, 10)}.${extension}`
  try {
    const { fileID } = await Taro.cloud.uploadFile({ cloudPath, filePath: chosen.path })
    return { fileId: fileID, fileName: chosen.name }
  } catch {
    throw new NetworkError('文件上传失败，请重试')
  }
}
