import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { InputNumber } from '@nutui/nutui-react-taro'
import { SCORE_STEP } from '../../shared'

export interface JudgementWidgetProps {
  max: number
  value: number | undefined
  disabled: boolean
  onChange(value: number): void
}

export type ScoreInput = { ok: true; score: number } | { ok: false; message: string }

/** Reads a typed score: out of range is refused with a message; in range, it snaps to the nearest half point. */
export function readScore(raw: string | number, max: number): ScoreInput {
  const text = String(raw).trim()
  const n = Number(text)
  if (text === '' || !Number.isFinite(n)) return { ok: false, message: '自评分：请填写数字' }
  if (n < 0 || n > max) return { ok: false, message: `自评分须在0到${max}分之间` }
  return { ok: true, score: Math.round(n / SCORE_STEP) * SCORE_STEP }
}

/** A proposed score in half-point steps within the item's maximum. */
export function JudgementWidget({ max, value, disabled, onChange }: JudgementWidgetProps) {
  const [message, setMessage] = useState<string | null>(null)
  const take = (raw: string | number, event?: { type?: string; target?: { value?: string } }) => {
    // NutUI reports a blur of an empty box as "0.0": leaving the box untouched must not score 0.
    if (event?.type === 'blur' && event.target?.value === '') return
    const read = readScore(raw, max)
    if (!read.ok) return setMessage(read.message)
    setMessage(null)
    if (read.score !== value) onChange(read.score)
  }
  return (
    <View className="answer-widget">
      <View className="answer-widget__row">
        <View className="answer-widget__label">
          <Text className="answer-widget__label-text">自评分</Text>
          <Text className="answer-widget__hint">
            {value === undefined ? '未打分 · ' : ''}0–{max}分，每档0.5分
          </Text>
        </View>
        <InputNumber
          className="answer-widget__score"
          // null (not undefined, which would make it uncontrolled and show 0) leaves the box empty.
          value={(value ?? null) as unknown as number}
          min={0}
          max={max}
          step={SCORE_STEP}
          digits={1}
          type="digit"
          allowEmpty
          disabled={disabled}
          onChange={(raw, event) => take(raw, event as never)}
          onOverlimit={() => setMessage(`自评分须在0到${max}分之间`)}
        />
      </View>
      {message && <Text className="answer-widget__error">{message}</Text>}
    </View>
  )
}
