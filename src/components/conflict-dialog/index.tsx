import { Text, View } from '@tarojs/components'
import { Dialog } from '@nutui/nutui-react-taro'
import { getRubric, itemById } from '../../shared/rubric'
import type { DraftConflict } from '../../features/draft'
import { describeAnswer } from '../answer-widgets/describe-answer'
import './index.scss'

export interface ConflictDialogProps {
  year: number
  conflicts: DraftConflict[]
  onResolve(itemId: string, keep: 'mine' | 'theirs'): void
}

function Side({ title, lines }: { title: string; lines: string[] }) {
  return (
    <View className="conflict-dialog__side">
      <Text className="conflict-dialog__side-title">{title}</Text>
      {lines.map((line, i) => (
        <Text key={i} className="conflict-dialog__line">
          {line}
        </Text>
      ))}
    </View>
  )
}

/** Asks, one item at a time, which of two devices' answers to keep. */
export default function ConflictDialog({ year, conflicts, onResolve }: ConflictDialogProps) {
  const conflict = conflicts[0]
  const item = conflict ? itemById(getRubric(year)).get(conflict.itemId) : undefined
  return (
    <Dialog
      visible={Boolean(conflict && item)}
      title="两台设备改了同一项"
      footerDirection="vertical"
      confirmText="保留本机"
      cancelText="使用另一台设备的"
      closeOnOverlayClick={false}
      onConfirm={() => conflict && onResolve(conflict.itemId, 'mine')}
      onCancel={() => conflict && onResolve(conflict.itemId, 'theirs')}
    >
      {conflict && item && (
        <View className="conflict-dialog">
          <Text className="conflict-dialog__item">
            {item.id} {item.indicator}
          </Text>
          <Side title="本机的内容" lines={describeAnswer(item, conflict.mine)} />
          <Side title="另一台设备的内容" lines={describeAnswer(item, conflict.theirs)} />
          {conflicts.length > 1 && <Text className="conflict-dialog__more">还有{conflicts.length - 1}项待选择</Text>}
        </View>
      )}
    </Dialog>
  )
}
