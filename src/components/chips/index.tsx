import { Text, View } from '@tarojs/components'
import './index.scss'

interface ChipsProps<T> {
  /** The row's own class, for its place on the page (e.g. a segmented variant). */
  className?: string
  options: readonly { label: string; value: T }[]
  value: T
  onChange(value: T): void
}

/** A row of tappable choices (filters, sorts, scopes), the chosen one highlighted. */
export function Chips<T>({ className, options, value, onChange }: ChipsProps<T>) {
  return (
    <View className={`chips${className ? ` ${className}` : ''}`}>
      {options.map((o) => (
        <Text key={o.label} className={`chips__chip${o.value === value ? ' chips__chip--on' : ''}`} onClick={() => onChange(o.value)}>
          {o.label}
        </Text>
      ))}
    </View>
  )
}
