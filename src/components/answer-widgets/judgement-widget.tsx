import { useEffect, useRef, useState } from 'react'
import { Text, View, Input } from '@tarojs/components'
import { SCORE_STEP, readTypedNumber } from '../../shared'
import { formatPoints } from '../score-badge'
import { SCORE_KEYBOARD } from '../keyboards'

export interface JudgementWidgetProps {
  itemId: string
  max: number
  value: number | undefined
  disabled: boolean
  /** undefined takes the score away (the item is unanswered again). */
  onChange(value: number | undefined): void
}

export type ScoreInput = { ok: true; score: number; snapped: boolean } | { ok: false; message: string }

/**
 * Reads a typed score: "4,5" and "４．５" read as 4.5; an exponent, a negative or a score past the maximum is
 * refused with a message naming the item, its range and what was typed; in range, it snaps to the nearest half.
 */
export function readScore(raw: string, itemId: string, max: number): ScoreInput {
  const typed = raw.trim()
  const range = `0到${formatPoints(max)}分`
  const n = readTypedNumber(typed)
  if (n === null) return { ok: false, message: `${itemId} 自评分：请填写数字（${range}，如4或4.5），“${typed}”未保存` }
  if (n < 0 || n > max) return { ok: false, message: `${itemId} 自评分须在${range}之间，“${typed}”未保存` }
  const score = Math.round(n / SCORE_STEP) * SCORE_STEP
  return { ok: true, score, snapped: score !== n }
}

function StepButton({ label, sign, off, onStep }: { label: string; sign: string; off: boolean; onStep(): void }) {
  return (
    <View
      className={`score-box__step${off ? ' score-box__step--off' : ''}`}
      role="button"
      aria-label={label}
      aria-disabled={off}
      onClick={() => !off && onStep()}
    >
      {sign}
    </View>
  )
}

/**
 * A proposed score in half-point steps within the item's maximum. What was typed stays in the box even when it
 * is refused, so that nothing is replaced behind the user's back; only a readable, in-range score is saved.
 */
export function JudgementWidget({ itemId, max, value, disabled, onChange }: JudgementWidgetProps) {
  const [text, setText] = useState(value === undefined ? '' : formatPoints(value))
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null)
  // The score before this round of typing: typed key by key, "1e3" passes through a readable "1", which is saved
  // on the way; once the text is refused, the score goes back to what it was, so that what is saved is never a
  // fragment of what was refused.
  const before = useRef(value)
  // What this widget itself last sent: that change is not "from outside" and must not replace the typed text.
  const sent = useRef<{ value: number | undefined } | null>(null)
  const send = (next: number | undefined) => {
    sent.current = { value: next }
    onChange(next)
  }
  // A score that changes from outside (a reload, a conflict resolved) replaces the box unless it already reads so.
  useEffect(() => {
    const own = sent.current !== null && sent.current.value === value
    sent.current = null
    if (own) return
    const read = readTypedNumber(text)
    if (value !== undefined && read !== value) setText(formatPoints(value))
  }, [value])

  const take = (typed: string) => {
    setText(typed)
    if (typed.trim() === '') return setNote(null) // an emptied box is not a score of 0; the saved score stays
    const read = readScore(typed, itemId, max)
    if (!read.ok) {
      const kept = before.current === undefined ? '' : `，仍为${formatPoints(before.current)}分`
      setNote({ error: true, text: read.message + kept })
      if (value !== before.current) send(before.current)
      return
    }
    setNote(read.snapped ? { error: false, text: `按每档0.5分记为${formatPoints(read.score)}分` } : null)
    if (read.score !== value) send(read.score)
  }
  const step = (delta: number) => {
    const next = Math.min(max, Math.max(0, (value ?? 0) + delta))
    before.current = next
    setText(formatPoints(next))
    setNote(null)
    if (next !== value) send(next)
  }
  const atMin = value === undefined || value <= 0
  const atMax = value !== undefined && value >= max

  return (
    <View className="answer-widget">
      <View className="answer-widget__row">
        <View className="answer-widget__label">
          <Text className="answer-widget__label-text">自评分</Text>
          <Text className="answer-widget__hint">
            {value === undefined ? '未打分 · ' : ''}0–{formatPoints(max)}分，每档0.5分
          </Text>
        </View>
        <View className={`score-box${note?.error ? ' score-box--error' : ''}${disabled ? ' score-box--disabled' : ''}`}>
          {!disabled && <StepButton label="减0.5分" sign="−" off={atMin} onStep={() => step(-SCORE_STEP)} />}
          <Input
            className="score-box__input"
            type={SCORE_KEYBOARD}
            value={text}
            placeholder="分数"
            disabled={disabled}
            aria-label={`${itemId} 自评分`}
            maxlength={-1}
            onFocus={() => (before.current = value)}
            onInput={(e) => take(String(e.detail.value))}
          />
          {!disabled && <StepButton label="加0.5分" sign="+" off={atMax} onStep={() => step(SCORE_STEP)} />}
        </View>
      </View>
      {note && <Text className={note.error ? 'answer-widget__error' : 'answer-widget__hint'}>{note.text}</Text>}
    </View>
  )
}
