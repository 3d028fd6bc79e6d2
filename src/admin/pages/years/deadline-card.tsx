import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { chineseDate, type YearSettings } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { DateField } from '../../components/date-field'
import { failureText } from './use-year-settings'
import { confirmIfPast } from './past-deadline'

/** 填报截止 of the year: fillers can neither edit nor submit after that day (Beijing time). */
export function DeadlineCard({ year, onSaved }: { year: YearSettings; onSaved(y: YearSettings): void }) {
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const closed = year.status === 'closed'
  const save = async (deadline: string | null) => {
    if (deadline && !(await confirmIfPast(deadline, `${year.year}年度的填报`))) return
    setSaving(true)
    setError(null)
    try {
      onSaved(await callAction('admin.updateYear', { year: year.year, deadline }))
      void Taro.showToast({ title: deadline ? `截止日期已设为${chineseDate(deadline)}` : '已取消截止日期', icon: 'none' })
    } catch (e) {
      setError(failureText(e))
    } finally {
      setSaving(false)
    }
  }
  return (
    <View className="years__card">
      <Text className="years__card-title">填报截止</Text>
      {!closed && <Text className="years__hint">截止日当天（北京时间）结束后，填报人不能再修改或提交。个别学会可在下方延期。</Text>}
      <View className="years__row">
        {closed ? (
          <Text>{year.deadline ? chineseDate(year.deadline) : '未设截止日期'}</Text>
        ) : (
          <DateField label="填报截止日期" value={year.deadline} onChange={(d) => void save(d)} />
        )}
        {!closed && year.deadline && (
          <Button size="small" fill="none" disabled={saving} onClick={() => void save(null)}>
            取消截止日期
          </Button>
        )}
      </View>
      {year.deadline && <Text className="years__value">当前：{chineseDate(year.deadline)}截止</Text>}
      {error && <Text className="years__error">{error}</Text>}
    </View>
  )
}
