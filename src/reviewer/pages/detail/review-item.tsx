import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import type { Rubric, RubricItem, SubmissionView } from '../../../shared'
import { describeAnswer } from '../../../components/answer-widgets/describe-answer'
import { ReviewEvidence } from './evidence-review'
import { formatPoints } from '../../../components/score-badge'
import { ScorePair } from '../../components/score-pair'
import { readFinalScore } from './final-score'

export interface ReviewItemProps {
  rubric: Rubric
  item: RubricItem
  view: SubmissionView
  editable: boolean
  marked: boolean
  onToggleMark(): void
  onDirty(itemId: string, dirty: boolean): void
  onSave(itemId: string, finalScore: number, comment: string): Promise<boolean>
}

/** One item as the reviewer checks it: the answer in words, photos, self score, and the final score with a comment. */
export function ReviewItem({ rubric, item, view, editable, marked, onToggleMark, onDirty, onSave }: ReviewItemProps) {
  const self = view.selfScore.items[item.id] ?? 0
  const final = view.finalScore?.items[item.id] ?? self
  const savedComment = view.review?.items[item.id]?.comment ?? ''
  const [score, setScore] = useState(formatPoints(final))
  const [comment, setComment] = useState(savedComment)
  const [message, setMessage] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    setScore(formatPoints(final))
    setComment(savedComment)
  }, [final, savedComment])

  const dirty = score.trim() !== formatPoints(final) || comment.trim() !== savedComment
  useEffect(() => onDirty(item.id, dirty), [dirty])

  const save = async () => {
    const read = readFinalScore(rubric, item.id, score)
    if (!read.ok) return setMessage(read.message)
    setMessage(null)
    setSaving(true)
    await onSave(item.id, read.score, comment.trim())
    setSaving(false)
  }

  const returnReason = view.returnReasons?.items[item.id]
  return (
    <View className={`review-item${final !== self ? ' review-item--changed' : ''}`} data-item={item.id}>
      <Text className="review-item__name">
        {item.id} {item.indicator}
        <Text className="review-item__max">（满分{formatPoints(item.max)}分）</Text>
      </Text>
      <View className="review-item__answer">
        {describeAnswer(item, view.answers[item.id]).map((line, i) => (
          <Text key={i} className="review-item__line">
            {line}
          </Text>
        ))}
      </View>
      <ReviewEvidence view={view} itemId={item.id} />
      {returnReason ? <Text className="review-item__reason">上次退回原因：{returnReason}</Text> : null}
      <ScorePair self={self} final={!editable && view.finalScore ? final : null} />
      {!editable && savedComment ? <Text className="review-item__comment">审核意见：{savedComment}</Text> : null}
      {editable ? (
        <View className="review-item__edit">
          <View className="review-item__score-row">
            <Text className="review-item__label">最终得分</Text>
            <Input
              className="review-item__input"
              type="digit"
              value={score}
              aria-label={`${item.id} 最终得分`}
              onChange={(v) => setScore(v)}
            />
            <Text className="review-item__hint">0–{formatPoints(item.max)}分，每档0.5分</Text>
          </View>
          <TextArea
            className="review-item__textarea"
            value={comment}
            placeholder="审核意见（修改得分时请说明理由）"
            maxLength={500}
            autoSize
            aria-label={`${item.id} 审核意见`}
            onChange={(v) => setComment(v)}
          />
          {message ? <Text className="review-item__error">{message}</Text> : null}
          <View className="review-item__buttons">
            <Text className={`review-item__mark${marked ? ' review-item__mark--on' : ''}`} onClick={onToggleMark}>
              {marked ? '已标记退回' : '标记退回'}
            </Text>
            <Button size="small" type="primary" disabled={!dirty} loading={saving} onClick={() => void save()}>
              保存
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  )
}
