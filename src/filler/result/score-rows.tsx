import { Text, View } from '@tarojs/components'
import type { RubricItem } from '../../shared'

/** Self and final scores keyed by item id, group id (A1, B1…) and `total`. */
export interface Scores {
  self: Record<string, number>
  final: Record<string, number>
}

export const isChangedScore = (scores: Scores, key: string): boolean => (scores.final[key] ?? 0) !== (scores.self[key] ?? 0)

/** "自评 x → 最终 y", the final score marked when the reviewer changed it. */
export function SelfVsFinal({ scores, id }: { scores: Scores; id: string }) {
  const self = scores.self[id] ?? 0
  const final = scores.final[id] ?? 0
  return (
    <View className="result__pair">
      <Text className="result__self">自评 {self}</Text>
      <Text className={`result__final${isChangedScore(scores, id) ? ' result__final--changed' : ''}`}>最终 {final}</Text>
    </View>
  )
}

/** A group's heading with its maximum and its self and final subtotals. */
export function GroupRow({ id, name, max, scores, level }: { id: string; name: string; max: number; scores: Scores; level: 'a' | 'b' }) {
  return (
    <View className={`result__group result__group--${level}`}>
      <Text className="result__group-name">
        {id} {name}
        <Text className="result__max">（{max}分）</Text>
      </Text>
      <SelfVsFinal scores={scores} id={id} />
    </View>
  )
}

/** One item: indicator, self and final score, and the reviewer's comment; highlighted when the score changed. */
export function ItemRow({ item, scores, comment }: { item: RubricItem; scores: Scores; comment: string }) {
  const isChanged = isChangedScore(scores, item.id)
  return (
    <View className={`result__item${isChanged ? ' result__item--changed' : ''}`} data-changed={isChanged}>
      <View className="result__item-head">
        <Text className="result__item-name">
          {item.id} {item.indicator}
          <Text className="result__max">（{item.max}分）</Text>
        </Text>
      </View>
      <SelfVsFinal scores={scores} id={item.id} />
      {comment ? <Text className="result__comment">审核意见：{comment}</Text> : null}
    </View>
  )
}
