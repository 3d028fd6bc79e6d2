import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { YEAR_STATUS_LABEL, type YearSettings } from '../../shared'
import { callAction } from '../../services/cloud'
import './year-picker.scss'

interface YearPickerProps {
  value: number
  onChange(year: number): void
}

/** Switches the list between years; shows nothing while there is only one year. */
export function YearPicker({ value, onChange }: YearPickerProps) {
  const [years, setYears] = useState<YearSettings[]>([])
  useEffect(() => {
    callAction('review.years', {})
      .then((answer) => setYears([...answer.years].reverse()))
      .catch(() => setYears([]))
  }, [])
  if (years.length < 2) return null
  return (
    <View className="year-picker">
      <Text className="year-picker__label">年度</Text>
      {years.map((y) => (
        <Text
          key={y.year}
          className={`year-picker__year${y.year === value ? ' year-picker__year--on' : ''}`}
          onClick={() => onChange(y.year)}
        >
          {y.year}
          {y.status === 'closed' ? `（${YEAR_STATUS_LABEL.closed}）` : ''}
        </Text>
      ))}
    </View>
  )
}
