import { Text, View } from '@tarojs/components'
import type { YearSettings } from '../../shared'
import { useYears } from './use-years'
import './index.scss'

export { useYears, type YearsState } from './use-years'

interface YearPickerProps {
  value: number
  onChange(year: number): void
  /** The years when the page has read them already (useYears); else the picker reads them. */
  years?: readonly YearSettings[] | null
}

/**
 * Switches a page between years, the current (latest) one first; a closed year is marked 已关闭 (its pages are
 * read-only). Shows nothing while there is only one year.
 */
export function YearPicker({ value, onChange, years }: YearPickerProps) {
  if (years !== undefined) return <YearChips value={value} onChange={onChange} years={years ?? []} />
  return <SelfLoadingPicker value={value} onChange={onChange} />
}

function SelfLoadingPicker({ value, onChange }: Omit<YearPickerProps, 'years'>) {
  const { years } = useYears()
  return <YearChips value={value} onChange={onChange} years={years ?? []} />
}

function YearChips({ value, onChange, years }: YearPickerProps & { years: readonly YearSettings[] }) {
  if (years.length < 2) return null
  return (
    <View className="year-picker">
      <Text className="year-picker__label">年度</Text>
      {years.map((y) => (
        <Text
          key={y.year}
          className={`year-picker__year${y.year === value ? ' year-picker__year--on' : ''}${y.status === 'closed' ? ' year-picker__year--closed' : ''}`}
          onClick={() => onChange(y.year)}
        >
          {y.year}
          {y.status === 'closed' ? ' 已关闭' : ''}
        </Text>
      ))}
    </View>
  )
}
