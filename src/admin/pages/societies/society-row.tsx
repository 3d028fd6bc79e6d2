import { Text, View } from '@tarojs/components'
import { Button, Checkbox } from '@nutui/nutui-react-taro'
import { STATUS_LABEL, type SocietyAdminView } from '../../../shared'

interface SocietyRowProps {
  society: SocietyAdminView
  selected: boolean
  onSelect(selected: boolean): void
  onEdit(): void
  onToggleActive(): void
  onReissue(): void
}

/** One society: its status this year, who is bound and who reviews it, and what the admin can do with it. */
export function SocietyRow({ society: s, selected, onSelect, onEdit, onToggleActive, onReissue }: SocietyRowProps) {
  const status = s.status ? STATUS_LABEL[s.status] : '未开始'
  return (
    <View className={`society-row${s.active ? '' : ' society-row--inactive'}`}>
      <View className="society-row__head">
        <Checkbox className="society-row__check" checked={selected} aria-label={`选择 ${s.name}`} onChange={onSelect} />
        <Text className="society-row__name">{s.name}</Text>
        <Text className={`society-row__status society-row__status--${s.active ? (s.status ?? 'none') : 'inactive'}`}>
          {s.active ? status : '已停用'}
        </Text>
      </View>
      <View className="society-row__meta">
        <Text>{s.boundUsers > 0 ? `已绑定 ${s.boundUsers} 人` : '未绑定'}</Text>
        <Text>{[s.contact, s.phone].filter(Boolean).join(' · ') || '未填联系人'}</Text>
        <Text>{s.reviewer ? `审核员：${s.reviewer.name || '（未留名）'}` : '未分配审核员'}</Text>
      </View>
      <View className="society-row__actions">
        <Button size="small" fill="outline" onClick={onEdit}>
          编辑
        </Button>
        <Button size="small" fill="outline" onClick={onReissue}>
          重发绑定码
        </Button>
        <Button size="small" fill="outline" type={s.active ? 'danger' : 'primary'} onClick={onToggleActive}>
          {s.active ? '停用' : '恢复'}
        </Button>
      </View>
    </View>
  )
}
