import { Text, View } from '@tarojs/components'
import { Radio, RadioGroup } from '@nutui/nutui-react-taro'
import type { Tier } from '../../shared'

export interface TiersWidgetProps {
  tiers: readonly Tier[]
  value: string | undefined
  disabled: boolean
  onChange(value: string): void
}

/** One level of a tiers item, each shown with its points. */
export function TiersWidget({ tiers, value, disabled, onChange }: TiersWidgetProps) {
  return (
    <View className="answer-widget">
      {value === undefined && <Text className="answer-widget__hint">未选择，请选择符合本学会情况的一项</Text>}
      <RadioGroup
        className="answer-widget__tiers"
        value={value ?? ''}
        disabled={disabled}
        onChange={(next) => onChange(String(next))}
      >
        {tiers.map((tier) => (
          <Radio key={tier.id} value={tier.id} className="answer-widget__tier">
            <View className="answer-widget__tier-body">
              <Text className="answer-widget__tier-label">{tier.label}</Text>
              <Text className="answer-widget__points">{tier.points}分</Text>
            </View>
          </Radio>
        ))}
      </RadioGroup>
    </View>
  )
}
