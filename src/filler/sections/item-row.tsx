import { Text, View } from '@tarojs/components'
import type { RubricItem } from '../../shared'
import ScoreBadge from '../../components/score-badge'
import { ITEM_STATE_LABEL, type ItemState } from './item-state'

export interface ItemRowProps {
  item: RubricItem
  state: ItemState
  score: number
  onOpen(): void
}

export function ItemRow({ item, state, score, onOpen }: ItemRowProps) {
  return (
    <View className="item-row" onClick={onOpen}>
      <View className="item-row__main">
        <Text className="item-row__id">{item.id}</Text>
        <Text className="item-row__indicator">{item.indicator}</Text>
      </View>
      <View className="item-row__side">
        <Text className={`item-row__state item-row__state--${state}`}>{ITEM_STATE_LABEL[state]}</Text>
        <ScoreBadge score={score} max={item.max} answered={state !== 'unanswered'} />
      </View>
    </View>
  )
}
