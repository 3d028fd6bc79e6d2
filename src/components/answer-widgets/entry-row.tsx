import { Text, View } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import { MAX_ENTRY_CHARS, tooLongMessage, type CountEntry, type EntryCategory } from '../../shared'

export interface EntryRowProps {
  index: number
  entry: CountEntry
  entryLabel: string
  categories: readonly EntryCategory[] | undefined
  disabled: boolean
  onText(text: string): void
  onPickCategory(): void
  onRemove(): void
}

/** What is missing in an entry, naming the field, or null when it is complete. */
export function entryProblem(index: number, entry: CountEntry, categories: readonly EntryCategory[] | undefined): string | null {
  const where = `第${index + 1}条`
  if (!entry.text.trim()) return `${where}：请填写内容`
  const tooLong = tooLongMessage('内容', entry.text, MAX_ENTRY_CHARS)
  if (tooLong) return `${where}：${tooLong}，未保存`
  if (categories && !categories.some((c) => c.id === entry.category)) return `${where}：请选择类别`
  return null
}

export function EntryRow({ index, entry, entryLabel, categories, disabled, onText, onPickCategory, onRemove }: EntryRowProps) {
  const category = categories?.find((c) => c.id === entry.category)
  const problem = entryProblem(index, entry, categories)
  return (
    <View className="entry-row">
      <View className="entry-row__head">
        <Text className="entry-row__index">第{index + 1}条</Text>
        {!disabled && (
          <Text className="entry-row__remove" onClick={onRemove}>
            删除
          </Text>
        )}
      </View>
      <TextArea
        className="entry-row__input"
        value={entry.text}
        placeholder={`填写${entryLabel}（${MAX_ENTRY_CHARS}字以内）`}
        // Never cut what was typed or pasted: past the limit the row says so and the draft is not saved.
        maxLength={-1}
        rows={1}
        autoSize
        readOnly={disabled}
        onChange={onText}
      />
      {categories && (
        <View className="entry-row__category" onClick={() => !disabled && onPickCategory()}>
          <Text className="entry-row__category-name">类别</Text>
          <Text className={`entry-row__category-value${category ? '' : ' entry-row__category-value--empty'}`}>
            {category ? category.label : '请选择类别'}
          </Text>
        </View>
      )}
      {problem && !disabled && <Text className="answer-widget__error">{problem}</Text>}
    </View>
  )
}
