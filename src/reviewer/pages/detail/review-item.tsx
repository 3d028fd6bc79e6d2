import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { MAX_COMMENT_CHARS, tooLongMessage, type Rubric, type RubricItem, type SubmissionView } from '../../../shared'
import { describeAnswer } from '../../../components/answer-widgets/describe-answer'
import { ReviewEvidence } from './evidence-review'
import { LastYearItem } from './last-year'
import { LimitedText } from '../../../components/limited-text'
import { formatPoints } from '../../../components/score-badge'
import { ScorePair } from '../../components/score-pair'
import { checkReviewEntry } from './final-score'
import { isItemReviewed } from './review-progress'
import { useReviewEntry } from './use-review-entry'
import { TheirVersion } from './their-version'

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

/** The label of a return reason: the current one while the form is back with the society, else the last one. */
export const returnReasonLabel = (view: SubmissionView) => (view.status === 'returned' ? '本次退回原因' : '上次退回原因')

/** One item as the reviewer checks it: the answer in words, photos, self score, and the final score with a comment. */
export function ReviewItem({ rubric, item, view, editable, marked, onToggleMark, onDirty, onSave }: ReviewItemProps) {
  const self = view.selfScore.items[item.id] ?? 0
  const reviewed = isItemReviewed(view, item.id)
  const final = view.finalScore?.items[item.id] ?? self
  const savedScore = reviewed ? formatPoints(final) : ''
  const savedComment = view.review?.items[item.id]?.comment ?? ''
  const [message, setMessage] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const entry = useReviewEntry({
    submissionId: view.id,
    itemId: item.id,
    savedScore,
    savedComment,
    editable,
    isValid: (typedScore, typedComment) => checkReviewEntry(rubric, item.id, self, typedScore, typedComment).ok,
    save: async (typedScore, typedComment) => {
      const checked = checkReviewEntry(rubric, item.id, self, typedScore, typedComment)
      return checked.ok && onSave(item.id, checked.score, checked.comment)
    },
  })
  const { score, comment, dirty, setScore, setComment } = entry
  useEffect(() => onDirty(item.id, dirty), [dirty])

  const save = async (typed: string) => {
    const entry = checkReviewEntry(rubric, item.id, self, typed, comment)
    if (!entry.ok) return setMessage(entry.message)
    setMessage(null)
    setSaving(true)
    await onSave(item.id, entry.score, entry.comment)
    setSaving(false)
  }

  // Once a save was refused, the message follows what is typed: it goes as soon as the entry is right.
  const recheck = checkReviewEntry(rubric, item.id, self, score, comment)
  const liveMessage = message === null || recheck.ok ? null : recheck.message
  // The comment box names its own limit right above; the same words again below it would only repeat it.
  const shownMessage = liveMessage === tooLongMessage('审核意见', comment.trim(), MAX_COMMENT_CHARS) ? null : liveMessage
  const returnReason = view.returnReasons?.items[item.id]
  return (
    <View className={`review-item${reviewed && final !== self ? ' review-item--changed' : ''}`} data-item={item.id}>
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
      <LastYearItem view={view} item={item} />
      <ReviewEvidence view={view} itemId={item.id} />
      {returnReason ? (
        <Text className="review-item__reason">
          {returnReasonLabel(view)}：{returnReason}
        </Text>
      ) : null}
      <ScorePair self={self} final={reviewed ? final : null} pending={!reviewed} />
      {!editable && savedComment ? <Text className="review-item__comment">审核意见：{savedComment}</Text> : null}
      {editable ? (
        <View className="review-item__edit">
          <View className="review-item__score-row">
            <Text className="review-item__label">最终得分</Text>
            <Input
              className="review-item__input"
              type="text"
              value={score}
              placeholder="未审核"
              aria-label={`${item.id} 最终得分`}
              onChange={(v) => setScore(v)}
            />
            <Text className="review-item__hint">0–{formatPoints(item.max)}分，每档0.5分</Text>
          </View>
          <LimitedText
            className="review-item__comment-box"
            label="审核意见"
            max={MAX_COMMENT_CHARS}
            value={comment}
            placeholder="审核意见（最终得分与自评分不同时必填）"
            ariaLabel={`${item.id} 审核意见`}
            onChange={setComment}
          />
          {entry.theirs ? (
            <TheirVersion
              theirs={entry.theirs}
              onKeepMine={() => {
                entry.keepMine()
                void save(score)
              }}
              onTakeTheirs={entry.takeTheirs}
            />
          ) : null}
          {shownMessage ? <Text className="review-item__error">{shownMessage}</Text> : null}
          {!liveMessage && entry.pending ? <Text className="review-item__pending">已保存在本机，填写完整后自动保存</Text> : null}
          <View className="review-item__buttons">
            <Text className={`review-item__mark${marked ? ' review-item__mark--on' : ''}`} onClick={onToggleMark}>
              {marked ? '已标记退回' : '标记退回'}
            </Text>
            <View className="review-item__save">
              {!reviewed && score.trim() === '' ? (
                <Button size="small" fill="outline" type="primary" loading={saving} onClick={() => void save(formatPoints(self))}>
                  按自评分确认
                </Button>
              ) : (
                <Button size="small" type="primary" disabled={!dirty} loading={saving} onClick={() => void save(score)}>
                  保存
                </Button>
              )}
            </View>
          </View>
        </View>
      ) : null}
    </View>
  )
}
