import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { TypedEntry } from './review-drafts'
import './their-version.scss'

export interface TheirVersionProps {
  theirs: TypedEntry
  onKeepMine(): void
  onTakeTheirs(): void
}

/** Another reviewer's saved score and comment for this item, beside this reviewer's own (kept in the boxes above). */
export function TheirVersion({ theirs, onKeepMine, onTakeTheirs }: TheirVersionProps) {
  const score = theirs.score === '' ? '未审核' : `${theirs.score}分`
  return (
    <View className="their-version">
      <Text className="their-version__text">
        另一位审核员已保存：{score}，意见：{theirs.comment || '（无）'}
      </Text>
      <Text className="their-version__hint">您填写的内容仍在上方，尚未保存。请选择保留哪一份。</Text>
      <View className="their-version__buttons">
        <Button size="small" type="primary" onClick={onKeepMine}>
          保存我的
        </Button>
        <Button size="small" fill="outline" type="primary" onClick={onTakeTheirs}>
          采用对方的
        </Button>
      </View>
    </View>
  )
}
