import { Text, View } from '@tarojs/components'
import { Checkbox, Tag } from '@nutui/nutui-react-taro'
import { PROGRESS_LABEL, chineseDate, type PendingSociety } from '../../../shared'
import { PhoneLink } from '../../components/phone-link'
import { creditText, reminderSummary } from './delivery-text'

interface Props {
  society: PendingSociety
  selected: boolean
  /** Left out in a closed year: nothing to select, no 催报. */
  onToggle?(): void
}

/** One person to call: a label (联系人 or 填报人), the name, and the number with one tap, or why there is none. */
function CallLine({ label, name, phone, noPhone }: { label: string; name: string; phone: string | null; noPhone: string }) {
  return (
    <View className="progress__contact">
      <Text className="progress__contact-name">
        {label}：{name}
      </Text>
      {phone ? <PhoneLink phone={phone} /> : <Text className="progress__muted">{noPhone}</Text>}
    </View>
  )
}

/**
 * A society that has not submitted: status, whom to call — the contact registered for it and the fillers
 * bound to it in the app (the ones who fill the form) — and how the last reminder fared.
 */
export function PendingRow({ society, selected, onToggle }: Props) {
  return (
    <View className={`progress__row${selected ? ' progress__row--on' : ''}`}>
      <View className="progress__row-head">
        {onToggle && <Checkbox checked={selected} onChange={onToggle} aria-label={`选择${society.name}`} />}
        <Text className="progress__name" onClick={onToggle}>
          {society.name}
        </Text>
        <Tag type={society.status === 'returned' ? 'warning' : society.status === 'draft' ? 'primary' : 'default'}>
          {PROGRESS_LABEL[society.status]}
        </Tag>
      </View>
      <CallLine label="联系人" name={society.contact || '未登记'} phone={society.phone} noPhone="未登记电话" />
      {society.fillers.length === 0 ? (
        <View className="progress__contact">
          <Text className="progress__contact-name">
            填报人：<Text className="progress__muted">未绑定填报人</Text>
          </Text>
        </View>
      ) : (
        society.fillers.map((f, i) => <CallLine key={i} label="填报人" name={f.name || '未留姓名'} phone={f.phone || null} noPhone="未留电话" />)
      )}
      <View className="progress__meta">
        {society.deadline && <Text className="progress__muted">截止：{chineseDate(society.deadline)}</Text>}
        <Text className={`progress__credits${society.subscribeCredits > 0 ? ' progress__credits--held' : ''}`}>
          微信提醒：{creditText(society.subscribeCredits)}
        </Text>
      </View>
      {society.lastReminder && <Text className="progress__reminder">{reminderSummary(society.lastReminder)}</Text>}
    </View>
  )
}
