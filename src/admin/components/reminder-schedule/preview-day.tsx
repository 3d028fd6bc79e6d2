import { Text, View } from '@tarojs/components'
import { chineseDate, type ReminderPreviewDay, type ScheduledSociety } from '../../../shared'

/** Names shown per list before the rest are counted. */
const NAMES_SHOWN = 8

/** A society on a day of its own (an extension) shows that day after its name. */
function Names({ societies, day }: { societies: readonly ScheduledSociety[]; day: string | null }) {
  const named = societies.slice(0, NAMES_SHOWN).map((s) => (s.date === day ? s.name : `${s.name}（延期，${chineseDate(s.date)}）`))
  const rest = societies.length - named.length
  return <Text className="reminder-schedule__names">{named.join('、') + (rest > 0 ? ` 等${societies.length}个学会` : '')}</Text>
}

/** One day of the schedule: who would be reminded, and who has nobody to receive it. */
export function PreviewDay({ day }: { day: ReminderPreviewDay }) {
  const nobody = day.reminded.length === 0 && day.withoutFiller.length === 0
  return (
    <View className="reminder-schedule__day">
      <Text className="reminder-schedule__day-title">
        截止前{day.daysBefore}天{day.date ? ` · ${chineseDate(day.date)}` : ''}
      </Text>
      {nobody && (
        <Text className="reminder-schedule__muted">
          {day.date ? '没有需要提醒的学会（都已提交，或提醒日已过、已发送）' : '没有填报截止日期，不会提醒'}
        </Text>
      )}
      {day.reminded.length > 0 && (
        <View className="reminder-schedule__group">
          <Text className="reminder-schedule__count">将提醒 {day.reminded.length} 个未提交的学会：</Text>
          <Names societies={day.reminded} day={day.date} />
        </View>
      )}
      {day.withoutFiller.length > 0 && (
        <View className="reminder-schedule__group">
          <Text className="reminder-schedule__warning">{day.withoutFiller.length} 个未提交的学会没有绑定填报人，收不到提醒：</Text>
          <Names societies={day.withoutFiller} day={day.date} />
        </View>
      )}
    </View>
  )
}
