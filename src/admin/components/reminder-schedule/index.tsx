import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import {
  MAX_DAYS_BEFORE,
  MAX_REMINDER_DAYS,
  REMINDER_SEND_HOUR,
  parseReminderDays,
  type YearSettings,
} from '../../../shared'
import { callAction } from '../../../services/cloud'
import { failureText } from '../../pages/years/use-year-settings'
import { PreviewDay } from './preview-day'
import { useReminderPreview } from './use-reminder-preview'
import './index.scss'

const asText = (days: readonly number[]) => days.join(', ')
const describe = (days: readonly number[]) => (days.length > 0 ? `截止前${days.join('、')}天提醒` : '未设置自动提醒')

/**
 * 自动提醒 of a year: the days before the deadline on which societies not yet submitted are reminded. The
 * admin sees who each day would reach (the server's preview) before saving.
 */
export function ReminderScheduleCard({ year, onSaved }: { year: YearSettings; onSaved(y: YearSettings): void }) {
  const [typed, setTyped] = useState(asText(year.reminderDaysBefore))
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setTyped(asText(year.reminderDaysBefore)), [year])
  const parsed = parseReminderDays(typed)
  const days = 'days' in parsed ? parsed.days : null
  const { preview, shownFor, error: previewError } = useReminderPreview(year.year, days)
  const changed = days !== null && days.join(',') !== year.reminderDaysBefore.join(',')
  const previewed = days !== null && shownFor === days.join(',')
  const closed = year.status === 'closed'

  const save = async () => {
    if (!days) return
    setSaving(true)
    setError(null)
    try {
      onSaved(await callAction('admin.updateYear', { year: year.year, reminderDaysBefore: days }))
      void Taro.showToast({ title: days.length > 0 ? '自动提醒已保存' : '已关闭自动提醒', icon: 'none' })
    } catch (e) {
      setError(failureText(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className="reminder-schedule">
      <Text className="reminder-schedule__title">自动提醒</Text>
      <Text className="reminder-schedule__hint">
        截止日前的这几天（北京时间{REMINDER_SEND_HOUR}点起），自动给尚未提交的学会的填报人发站内消息，已订阅的同时发微信消息；每个学会每个提醒日只发一次。有延期的学会按自己的截止日期提醒。
      </Text>
      <Text className="reminder-schedule__value">当前：{describe(year.reminderDaysBefore)}</Text>
      {!closed && (
        <View className="reminder-schedule__row">
          <Text className="reminder-schedule__label">提前天数</Text>
          <Input
            className="reminder-schedule__input"
            value={typed}
            placeholder="如 7, 3, 1"
            aria-label="自动提醒的提前天数"
            onChange={setTyped}
          />
        </View>
      )}
      {!closed && (
        <Text className="reminder-schedule__muted">
          用逗号或空格分隔，最多{MAX_REMINDER_DAYS}个，每个为1–{MAX_DAYS_BEFORE}天；清空即关闭自动提醒。
        </Text>
      )}
      {'problem' in parsed && <Text className="reminder-schedule__error">{parsed.problem}</Text>}
      {!closed && days && days.length > 0 && !year.deadline && (
        <Text className="reminder-schedule__warning">尚未设置填报截止日期：设置后才会按日程提醒（有延期的学会按其延期日期）。</Text>
      )}
      {!closed && previewed && preview && preview.days.length > 0 && (
        <View className="reminder-schedule__preview">
          <Text className="reminder-schedule__preview-title">按此日程，将提醒：</Text>
          {preview.days.map((day) => (
            <PreviewDay key={day.daysBefore} day={day} />
          ))}
        </View>
      )}
      {previewError && <Text className="reminder-schedule__error">预览失败：{previewError}</Text>}
      {error && <Text className="reminder-schedule__error">{error}</Text>}
      {!closed && (
        <View className="reminder-schedule__row">
          <Button size="small" type="primary" disabled={!changed || !previewed || saving} onClick={() => void save()}>
            保存自动提醒
          </Button>
          {changed && !previewed && days && <Text className="reminder-schedule__muted">正在预览提醒对象…</Text>}
        </View>
      )}
    </View>
  )
}
