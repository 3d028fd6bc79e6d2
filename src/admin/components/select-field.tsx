import { Picker, Text, View } from '@tarojs/components'
import './date-field.scss'

export interface SelectFieldProps {
  label: string
  options: readonly string[]
  /** Index of the chosen option, or null. */
  value: number | null
  placeholder: string
  onChange(index: number): void
}

/** One of a list, chosen with WeChat's own picker. */
export function SelectField({ label, options, value, placeholder, onChange }: SelectFieldProps) {
  return (
    <Picker mode="selector" range={[...options]} value={value ?? 0} onChange={(e) => onChange(Number(e.detail.value))}>
      <View className="date-field" aria-label={label}>
        <Text className={value === null ? 'date-field__placeholder' : 'date-field__value'}>
          {value === null ? placeholder : options[value]}
        </Text>
      </View>
    </Picker>
  )
}
