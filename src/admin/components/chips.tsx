import { Text, View } from '@tarojs/components'
import './chips.scss'

interface ChipsProps<T> {
  options: readonly { label: string; value: T }[]
  value: T
  onChange(value: T): void
}

/** A row of tappable filters, the chosen one highlighted. */
export function Chips<T>({ options, value, onChange }: ChipsProps<T>) {
  return (
    <View className="admin-chips">
      {options.map((o) => (
        <Text key={o.label} className={`admin-chips__chip${o.value === value ? ' admin-chips__chip--on' : ''}`} onClick={() => onChange(o.value)}>
          {o.label}
        </Text>
      ))}
    </View>
  )
}
