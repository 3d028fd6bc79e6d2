import { Picker, Text, View } from '@tarojs/components'
import { DATE_YEARS } from '../../shared'
import './date-field.scss'

export interface DateFieldProps {
  label: string
  value: string | null
  onChange(value: string): void
}

/** A date, chosen with WeChat's own date picker, within the years the server takes. */
export function DateField({ label, value, onChange }: DateFieldProps) {
  return (
    <Picker mode="date" value={value ?? ''} start={`${DATE_YEARS.first}-01-01`} end={`${DATE_YEARS.last}-12-31`} onChange={(e) => onChange(String(e.detail.value))}>
      <View className="date-field" aria-label={label}>
        <Text className={value ? 'date-field__value' : 'date-field__placeholder'}>{value ?? '选择日期'}</Text>
      </View>
    </Picker>
  )
}
