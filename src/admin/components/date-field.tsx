import { Picker, Text, View } from '@tarojs/components'
import './date-field.scss'

export interface DateFieldProps {
  label: string
  value: string | null
  onChange(value: string): void
}

/** A date, chosen with WeChat's own date picker. */
export function DateField({ label, value, onChange }: DateFieldProps) {
  return (
    <Picker mode="date" value={value ?? ''} onChange={(e) => onChange(String(e.detail.value))}>
      <View className="date-field" aria-label={label}>
        <Text className={value ? 'date-field__value' : 'date-field__placeholder'}>{value ?? '选择日期'}</Text>
      </View>
    </Picker>
  )
}
