import { Text, View } from '@tarojs/components'

/**
 * 是 / 否 as two buttons side by side. Neither is lit until the filler chooses: an unanswered condition
 * is not a "no".
 */
export function ChoicePair(props: { value: boolean | undefined; disabled: boolean; onChange(value: boolean): void }) {
  const option = (value: boolean, label: string) => {
    const selected = props.value === value
    const className = `choice-pair__option${selected ? ` choice-pair__option--${value ? 'yes' : 'no'}` : ''}`
    return (
      <View
        className={className}
        role="radio"
        aria-checked={selected}
        aria-disabled={props.disabled}
        onClick={() => !props.disabled && !selected && props.onChange(value)}
      >
        <Text>{label}</Text>
      </View>
    )
  }
  return (
    <View className={`choice-pair${props.disabled ? ' choice-pair--disabled' : ''}`} role="radiogroup">
      {option(true, '是')}
      {option(false, '否')}
    </View>
  )
}
