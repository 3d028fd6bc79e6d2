import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { chineseDate, type SocietyAdminView, type YearSettings } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { DateField } from '../../components/date-field'
import { SelectField } from '../../components/select-field'
import { failureText } from './use-year-settings'
import { confirmIfPast } from './past-deadline'

interface Props {
  year: YearSettings
  societies: SocietyAdminView[]
  onSaved(y: YearSettings): void
}

/** Per-society extensions of the deadline: add one, change its date, cancel it. */
export function ExtensionsCard({ year, societies, onSaved }: Props) {
  const [picked, setPicked] = useState<number | null>(null)
  const [date, setDate] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const nameOf = new Map(societies.map((s) => [s.id, s.name]))
  const extended = Object.entries(year.extensions).sort(([a], [b]) => (nameOf.get(a) ?? a).localeCompare(nameOf.get(b) ?? b, 'zh-CN'))
  const choices = societies.filter((s) => s.active && !(s.id in year.extensions))
  const closed = year.status === 'closed'

  const save = async (patch: Record<string, string | null>) => {
    setError(null)
    try {
      onSaved(await callAction('admin.updateYear', { year: year.year, extensions: patch }))
      return true
    } catch (e) {
      setError(failureText(e))
      return false
    }
  }
  // A message about what was chosen goes once the choice changes: it no longer says what is there.
  const edited = <T,>(set: (value: T) => void, value: T) => {
    set(value)
    setError(null)
  }
  const add = async () => {
    const society = picked === null ? undefined : choices[picked]
    if (!society) return setError('请选择要延期的学会')
    if (!date) return setError('请选择延期到哪一天')
    if (!(await confirmIfPast(date, `${society.name}的填报`))) return
    if (await save({ [society.id]: date })) {
      setPicked(null)
      setDate(null)
    }
  }

  return (
    <View className="years__card">
      <Text className="years__card-title">延期（{extended.length}个学会）</Text>
      {extended.length === 0 && (
        <Text className="years__hint">{closed ? '没有学会延期。' : '没有学会延期。需要时在下方选择学会和日期。'}</Text>
      )}
      {extended.map(([id, until]) => (
        <View key={id} className="years__extension">
          <Text className="years__extension-name">{nameOf.get(id) ?? id}</Text>
          <Text className="years__extension-date">本会截止{chineseDate(until)}</Text>
          {!closed && (
            <Button size="small" fill="none" onClick={() => void save({ [id]: null })}>
              取消延期
            </Button>
          )}
        </View>
      ))}
      {!closed && (
        <View className="years__row years__row--wrap">
          <SelectField label="延期的学会" options={choices.map((s) => s.name)} value={picked} placeholder="选择学会" onChange={(i) => edited(setPicked, i)} />
          <DateField label="延期日期" value={date} onChange={(d) => edited(setDate, d)} />
          <Button size="small" type="primary" onClick={() => void add()}>
            添加延期
          </Button>
        </View>
      )}
      {error && <Text className="years__error">{error}</Text>}
    </View>
  )
}
