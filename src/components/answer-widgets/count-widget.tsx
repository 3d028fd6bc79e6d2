import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ActionSheet, Button } from '@nutui/nutui-react-taro'
import { MAX_ENTRIES_PER_ITEM, type CountEntry, type ItemRule } from '../../shared'
import { EntryRow } from './entry-row'

type CountRule = Extract<ItemRule, { kind: 'count' }>

export interface CountWidgetProps {
  rule: CountRule
  value: CountEntry[] | undefined
  disabled: boolean
  /** `[]` is the explicit "none"; removing the last entry makes the item unanswered again. */
  onChange(value: CountEntry[] | undefined): void
}

/** A list of entries to add and remove, with an explicit 暂无 that records an empty list. */
export function CountWidget({ rule, value, disabled, onChange }: CountWidgetProps) {
  const [picking, setPicking] = useState<number | null>(null)
  const entries = value ?? []
  const none = value !== undefined && value.length === 0
  const newEntry = (): CountEntry => (rule.categories ? { text: '', category: '' } : { text: '' })
  const update = (index: number, patch: Partial<CountEntry>) =>
    onChange(entries.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)))
  const remove = (index: number) => {
    const left = entries.filter((_, i) => i !== index)
    onChange(left.length > 0 ? left : undefined)
  }

  return (
    <View className="answer-widget">
      <Text className="answer-widget__hint">
        每条{rule.perEntry}分，最多{rule.cap}分
        {value === undefined ? '　· 未答：请逐条添加，没有请选“暂无”' : ''}
      </Text>
      {entries.map((entry, index) => (
        <EntryRow
          key={index}
          index={index}
          entry={entry}
          entryLabel={rule.entryLabel}
          categories={rule.categories}
          disabled={disabled}
          onText={(text) => update(index, { text })}
          onPickCategory={() => setPicking(index)}
          onRemove={() => remove(index)}
        />
      ))}
      {none && <Text className="answer-widget__none">已填：暂无{rule.entryLabel}</Text>}
      {!disabled && (
        <View className="answer-widget__actions">
          <Button
            size="small"
            type="primary"
            fill="outline"
            disabled={entries.length >= MAX_ENTRIES_PER_ITEM}
            onClick={() => onChange([...entries, newEntry()])}
          >
            添加一条
          </Button>
          {entries.length === 0 && (
            <Button size="small" type={none ? 'primary' : 'default'} onClick={() => onChange([])}>
              暂无
            </Button>
          )}
        </View>
      )}
      {rule.categories && (
        <ActionSheet
          visible={picking !== null}
          title="选择类别"
          cancelText="取消"
          options={rule.categories.map((c) => ({ name: c.label, id: c.id }))}
          onSelect={(option) => {
            if (picking !== null) update(picking, { category: String(option.id) })
            setPicking(null)
          }}
          onCancel={() => setPicking(null)}
        />
      )}
    </View>
  )
}
