import { Text, View } from '@tarojs/components'
import { formatPoints } from '../../components/score-badge'
import './score-pair.scss'

/** "自评 x分  最终 y分"; the final part once there is a final score, "未审核" while it is `pending`. */
export function ScorePair({ self, final, pending = false }: { self: number; final?: number | null; pending?: boolean }) {
  return (
    <View className="score-pair">
      <Text className="score-pair__self">自评 {formatPoints(self)}分</Text>
      {final === undefined || final === null ? null : <Text className="score-pair__final">最终 {formatPoints(final)}分</Text>}
      {pending ? <Text className="score-pair__pending">最终得分：未审核</Text> : null}
    </View>
  )
}
