import { Text, View } from '@tarojs/components'
import { Dialog } from '@nutui/nutui-react-taro'
import { formatPoints } from '../../components/score-badge'

export interface ConfirmSubmitProps {
  visible: boolean
  resubmit: boolean
  total: number
  max: number
  itemCount: number
  /** Items with at least one photo or document. */
  withEvidence: number
  onConfirm(): void
  onCancel(): void
}

/**
 * The last look before the form is locked: the total and how many items carry evidence. Its 确认提交 is itself a
 * tap, so the notification consent WeChat allows only within a tap is asked from it.
 */
export function ConfirmSubmit({ visible, resubmit, total, max, itemCount, withEvidence, onConfirm, onCancel }: ConfirmSubmitProps) {
  return (
    <Dialog
      visible={visible}
      title={resubmit ? '确认重新提交' : '确认提交自评表'}
      confirmText="确认提交"
      cancelText="再检查一下"
      closeOnOverlayClick={false}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <View className="confirm-submit">
        <Text className="confirm-submit__line">
          自评总分 {formatPoints(total)} 分（满分{formatPoints(max)}分）
        </Text>
        <Text className="confirm-submit__line">
          {withEvidence} 项附有佐证材料，{itemCount - withEvidence} 项没有
        </Text>
        <Text className="confirm-submit__note">提交后表格锁定，审核员审核前不能再修改。</Text>
      </View>
    </Dialog>
  )
}
