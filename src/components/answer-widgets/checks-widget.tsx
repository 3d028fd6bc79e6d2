import { Text, View } from '@tarojs/components'
import type { CheckCondition } from '../../shared'
import { ChoicePair } from './choice-pair'

export interface ChecksWidgetProps {
  conditions: readonly CheckCondition[]
  value: Record<string, boolean> | undefined
  disabled: boolean
  onChange(value: Record<string, boolean>): void
}

function hintOf(answer: boolean | undefined, deduction: number): string {
  if (answer === false) return `扣${deduction}分`
  return answer === undefined ? `未答 · 选“否”扣${deduction}分` : `选“否”扣${deduction}分`
}

/** One 是/否 question per condition of a checks item; 否 shows what it costs. */
export function ChecksWidget({ conditions, value, disabled, onChange }: ChecksWidgetProps) {
  return (
    <View className="answer-widget">
      {conditions.map((condition) => {
        const answer = value?.[condition.id]
        return (
          <View key={condition.id} className="answer-widget__row">
            <View className="answer-widget__label">
              <Text className="answer-widget__label-text">{condition.label}</Text>
              <Text className={`answer-widget__hint${answer === false ? ' answer-widget__hint--minus' : ''}`}>
                {hintOf(answer, condition.deduction)}
              </Text>
            </View>
            <ChoicePair
              value={answer}
              disabled={disabled}
              onChange={(yes) => onChange({ ...value, [condition.id]: yes })}
            />
          </View>
        )
      })}
    </View>
  )
}
