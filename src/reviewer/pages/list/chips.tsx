import { Text, View } from '@tarojs/components'

interface ChipsProps<T> {
  className: string
  options: readonly { label: string; value: T }[]
  value: T
  onChange(value: T): void
}

/** A row of tappable choices, the chosen one highlighted. */
export function Chips<T>({ className, options, value, onChange }: ChipsProps<T>) {
  return (
    <View className={className}>
      {options.map((o) => (
        <Text key={o.label} className={`review-list__chip${o.value === value ? ' review-list__chip--on' : ''}`} onClick={() => onChange(o.value)}>
          {o.label}
        </Text>
      ))}
    </View>
  )
}
