import { Text, View } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import { tooLongMessage, charCount } from '../../shared'
import './index.scss'

export interface LimitedTextProps {
  /** The field's name in messages, e.g. 审核意见. */
  label: string
  max: number
  value: string
  onChange(value: string): void
  placeholder?: string
  readOnly?: boolean
  ariaLabel?: string
  className?: string
}

/**
 * A text box that grows with its text, shows `n/max` as the user types and, past the limit, says so in
 * red, naming the field and the limit. It never cuts what was typed or pasted: the form that holds it
 * refuses to save instead (check with `tooLongMessage`).
 */
export function LimitedText({ label, max, value, onChange, placeholder, readOnly, ariaLabel, className }: LimitedTextProps) {
  const count = charCount(value)
  const problem = tooLongMessage(label, value, max)
  return (
    <View className={`limited-text${problem ? ' limited-text--over' : ''}${className ? ` ${className}` : ''}`}>
      <TextArea
        className="limited-text__box"
        value={value}
        placeholder={placeholder}
        maxLength={-1}
        autoSize
        readOnly={readOnly}
        aria-label={ariaLabel ?? label}
        onChange={onChange}
      />
      {readOnly ? null : (
        <View className="limited-text__foot">
          <Text className="limited-text__error">{problem ?? ''}</Text>
          <Text className="limited-text__count">
            {count}/{max}
          </Text>
        </View>
      )}
    </View>
  )
}
