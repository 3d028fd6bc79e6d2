import { Text, View } from '@tarojs/components'
import { STATUS_LABEL } from '../../shared/submission-status'
import type { Dashboard } from '../../shared'

const ORDER = [
  ['notStarted', '未开始'],
  ['draft', STATUS_LABEL.draft],
  ['submitted', STATUS_LABEL.submitted],
  ['returned', STATUS_LABEL.returned],
  ['reviewed', STATUS_LABEL.reviewed],
] as const

/** How many societies are at each stage of the year. */
export function StatusTiles({ counts }: { counts: Dashboard['statusCounts'] }) {
  return (
    <View className="dash-tiles">
      {ORDER.map(([key, label]) => (
        <View key={key} className={`dash-tiles__tile dash-tiles__tile--${key}`}>
          <Text className="dash-tiles__value">{counts[key]}</Text>
          <Text className="dash-tiles__label">{label}</Text>
        </View>
      ))}
    </View>
  )
}
