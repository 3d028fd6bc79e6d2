import { Text, View } from '@tarojs/components'
import './year-not-read.scss'

/**
 * Under a year picked whose figures are not read yet: 正在读取…, or why they could not be read with 重试 (when a
 * retry may help). A page shows this instead of keeping the year before's figures under the new year's title.
 */
export function YearNotRead({ error, onRetry }: { error: string | null; onRetry?: () => void }) {
  return (
    <View className="year-not-read">
      <Text className="year-not-read__text">{error ?? '正在读取…'}</Text>
      {error && onRetry ? (
        <Text className="year-not-read__retry" onClick={onRetry}>
          重试
        </Text>
      ) : null}
    </View>
  )
}
