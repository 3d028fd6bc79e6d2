import { Text, View } from '@tarojs/components'
import { formatPoints } from '../../components/score-badge'
import './score-pair.scss'

/** "自评 x分  最终 y分"; the final part only once there is a final score to show. */
export function ScorePair({ self, final }: { self: number; final?: number | null }) {
  return (
    <View className="score-pair">
      <Text className="score-pair__self">自评 {formatPoints(self)}分</Text>
      {final === undefined || final === null ? null : <Text className="score-pair__final">最终 {formatPoints(final)}分</Text>}
    </View>
  )
}
