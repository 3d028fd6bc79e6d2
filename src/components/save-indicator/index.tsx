import { Text } from '@tarojs/components'
import type { SaveState } from '../../features/draft'
import './index.scss'

const LABEL: Record<SaveState, string> = {
  saved: '已保存',
  saving: '保存中…',
  offline: '离线，已存本机',
  error: '未保存',
}

/** How autosave is going, in a few quiet words. */
export default function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <Text className={`save-indicator save-indicator--${state}`} aria-live="polite">
      {LABEL[state]}
    </Text>
  )
}
