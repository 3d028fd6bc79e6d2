import Taro from '@tarojs/taro'
import { DOCUMENT_EXTENSIONS } from '../../shared'
import { isCancel } from '../photos/cancel'
import type { ChosenDocument } from './chosen'

/** Mini-program: picks PDF, Word or Excel files from a WeChat chat; resolves to [] when cancelled. */
export async function chooseDocuments(count: number): Promise<ChosenDocument[]> {
  try {
    const result = await Taro.chooseMessageFile({ count, type: 'file', extension: [...DOCUMENT_EXTENSIONS] })
    return result.tempFiles.map((f) => ({ path: f.path, name: f.name, size: f.size }))
  } catch (e) {
    if (isCancel(e)) return []
    throw e
  }
}
