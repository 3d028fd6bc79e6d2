import { Text, View } from '@tarojs/components'
import type { YearStatus } from '../../shared'
import { deadlineText } from './deadline-text'
import './index.scss'

/** The year's 填报截止 for the filler, with a countdown in its last days. */
export default function DeadlineNotice({ year }: { year: { year: number; status: YearStatus; deadline: string | null } }) {
  const shown = deadlineText(year, new Date())
  if (!shown) return null
  return (
    <View className={`deadline-notice deadline-notice--${shown.tone}`} role="status">
      <Text>{shown.text}</Text>
    </View>
  )
}
