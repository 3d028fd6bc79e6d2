import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Dialog } from '@nutui/nutui-react-taro'
import { MAX_ITEM_RETURN_REASON_CHARS, MAX_RETURN_REASON_CHARS, tooLongMessage, type RubricItem } from '../../../shared'
import { LimitedText } from '../../../components/limited-text'

export interface ReturnReasonsInput {
  overall: string
  items: Record<string, string>
}

interface ReturnDialogProps {
  visible: boolean
  /** The items the reviewer marked for return, in form order. */
  items: readonly RubricItem[]
  onCancel(): void
  onSubmit(reasons: ReturnReasonsInput): void
}

/** Trimmed reasons, blank item reasons left out; null when not a single reason is given. */
export function returnReasons(overall: string, items: Record<string, string>): ReturnReasonsInput | null {
  const given = Object.fromEntries(Object.entries(items).flatMap(([id, r]) => (r.trim() ? [[id, r.trim()]] : [])))
  if (!overall.trim() && Object.keys(given).length === 0) return null
  return { overall: overall.trim(), items: given }
}

/** Asks why the form goes back: an overall reason and one per marked item; at least one is required. */
export function ReturnDialog({ visible, items, onCancel, onSubmit }: ReturnDialogProps) {
  const [overall, setOverall] = useState('')
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)

  const confirm = () => {
    const tooLong = [
      tooLongMessage('总体原因', overall.trim(), MAX_RETURN_REASON_CHARS),
      ...items.map((i) => tooLongMessage(`${i.id} 退回原因`, (reasons[i.id] ?? '').trim(), MAX_ITEM_RETURN_REASON_CHARS)),
    ].find(Boolean)
    if (tooLong) return setMessage(tooLong)
    const picked = returnReasons(overall, Object.fromEntries(items.map((i) => [i.id, reasons[i.id] ?? ''])))
    if (!picked) return setMessage('请填写退回原因（总体原因或至少一项的原因）')
    setMessage(null)
    onSubmit(picked)
  }

  return (
    <Dialog
      visible={visible}
      title="退回修改"
      confirmText="确认退回"
      cancelText="取消"
      closeOnOverlayClick={false}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <View className="return-dialog">
        <Text className="return-dialog__label">总体原因</Text>
        <LimitedText
          label="总体原因"
          max={MAX_RETURN_REASON_CHARS}
          value={overall}
          placeholder="请说明需要修改的地方"
          onChange={setOverall}
        />
        {items.length === 0 ? <Text className="return-dialog__hint">可在各指标下点“标记退回”，逐项写明原因。</Text> : null}
        {items.map((item) => (
          <View key={item.id} className="return-dialog__item">
            <Text className="return-dialog__label">
              {item.id} {item.indicator}
            </Text>
            <LimitedText
              label={`${item.id} 退回原因`}
              max={MAX_ITEM_RETURN_REASON_CHARS}
              value={reasons[item.id] ?? ''}
              placeholder="该项的退回原因"
              onChange={(v) => setReasons((r) => ({ ...r, [item.id]: v }))}
            />
          </View>
        ))}
        {message ? <Text className="return-dialog__error">{message}</Text> : null}
      </View>
    </Dialog>
  )
}
