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

/** A society that has not submitted: status, whom to call, and how the last reminder fared. */
export function PendingRow({ society, selected, onToggle }: Props) {
  const contact = society.contact || society.fillers.map((f) => f.name).filter(Boolean).join('、')
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
      <View className="progress__contact">
        <Text className="progress__contact-name">联系人：{contact || '未登记'}</Text>
        {society.phone ? <PhoneLink phone={society.phone} /> : <Text className="progress__muted">未登记电话</Text>}
      </View>
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
