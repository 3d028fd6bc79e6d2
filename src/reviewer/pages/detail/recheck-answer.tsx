import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { MAX_COMMENT_CHARS, addedForRecheck, itemById, recheckState, tooLongMessage, type Rubric, type SubmissionView } from '../../../shared'
import { LimitedText } from '../../../components/limited-text'
import { formatPoints } from '../../../components/score-badge'
import { formatDateTime } from '../../../features/format/date-time'
import { readFinalScore } from './final-score'
import { ReviewEvidence } from './evidence-review'

type Typed = Record<string, { score: string; comment: string }>
type Answer = Record<string, { finalScore: number; comment: string }>

/** Every requested item read as the server will: a readable score in range and a comment; the first problem named. */
function readAnswer(rubric: Rubric, typed: Typed): { ok: true; items: Answer } | { ok: false; message: string } {
  const items: Answer = {}
  for (const [id, t] of Object.entries(typed)) {
    const score = readFinalScore(rubric, id, t.score)
    if (!score.ok) return { ok: false, message: `${id}：${score.message.replace('最终得分', '复核得分')}` }
    const comment = t.comment.trim()
    if (!comment) return { ok: false, message: `${id}：请填写复核说明（维持或更改都要说明）` }
    const tooLong = tooLongMessage(`${id}的复核说明`, comment, MAX_COMMENT_CHARS)
    if (tooLong) return { ok: false, message: tooLong }
    items[id] = { finalScore: score.score, comment }
  }
  return { ok: true, items }
}

/** A society's 复核 request on the reviewer's detail page: each requested item kept or changed, with a comment. */
export function RecheckAnswer({ view, rubric, onAnswer }: { view: SubmissionView; rubric: Rubric; onAnswer(items: Answer): Promise<boolean> }) {
  const recheck = view.recheck
  const requested = Object.keys(recheck?.items ?? {})
  const [typed, setTyped] = useState<Typed>(() =>
    Object.fromEntries(requested.map((id) => [id, { score: formatPoints(view.finalScore?.items[id] ?? 0), comment: '' }])),
  )
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  if (!recheck || recheckState(recheck) !== 'pending') return null
  const items = itemById(rubric)
  const added = addedForRecheck(view.evidence, view.files)
  // A message naming what was typed (收到7) goes once it is changed.
  const set = (id: string, patch: Partial<Typed[string]>) => {
    setTyped((t) => ({ ...t, [id]: { ...t[id]!, ...patch } }))
    setError(null)
  }

  const send = async () => {
    const read = readAnswer(rubric, typed)
    setError(read.ok ? null : read.message)
    if (!read.ok) return
    const changed = Object.entries(read.items).filter(([id, a]) => a.finalScore !== (view.finalScore?.items[id] ?? 0)).length
    const { confirm } = await Taro.showModal({
      title: '答复复核',
      content: `更改${changed}项，维持${requested.length - changed}项。答复后总分和等级随之重算，并通知学会。`,
      confirmText: '答复',
      confirmColor: '#1f6fd6',
    })
    if (!confirm) return
    setSending(true)
    if (await onAnswer(read.items)) void Taro.showToast({ title: '已答复，学会会收到通知', icon: 'none' })
    setSending(false)
  }

  return (
    <View className="recheck-answer">
      <Text className="recheck-answer__title">复核申请（{requested.length}项）</Text>
      <Text className="recheck-answer__meta">申请于 {formatDateTime(recheck.requestedAt)}，当前最终得分 {formatPoints(recheck.totalBefore)} 分（{recheck.gradeBefore}）</Text>
      {requested.map((id) => (
        <View key={id} className="recheck-answer__item">
          <Text className="recheck-answer__name">
            {id} {items.get(id)?.indicator ?? ''}
          </Text>
          <Text className="recheck-answer__reason">学会理由：{recheck.items[id]}</Text>
          {added[id] ? (
            <View className="recheck-answer__added">
              <Text className="recheck-answer__reason">学会为复核补充的证明材料（{added[id].length}个）：</Text>
              <ReviewEvidence view={view} itemId={id} only={added[id]} />
            </View>
          ) : null}
          <View className="recheck-answer__score-row">
            <Text className="recheck-answer__label">复核得分</Text>
            <Input
              className="recheck-answer__input"
              type="text"
              value={typed[id]?.score ?? ''}
              aria-label={`${id} 复核得分`}
              onChange={(v) => set(id, { score: v })}
            />
            <Text className="recheck-answer__hint">
              原 {formatPoints(view.finalScore?.items[id] ?? 0)} 分，满分 {formatPoints(items.get(id)?.max ?? 0)}
            </Text>
          </View>
          <LimitedText
            label="复核说明"
            max={MAX_COMMENT_CHARS}
            value={typed[id]?.comment ?? ''}
            placeholder="维持或更改的理由（必填）"
            ariaLabel={`${id} 复核说明`}
            onChange={(v) => set(id, { comment: v })}
          />
        </View>
      ))}
      {error ? <Text className="recheck-answer__error">{error}</Text> : null}
      <Button type="primary" block loading={sending} disabled={sending} onClick={() => void send()}>
        答复复核
      </Button>
    </View>
  )
}
