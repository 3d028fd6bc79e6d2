import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Rubric, RubricItem, SubmissionView } from '../../shared'
import { GroupRow, ItemRow, isChangedScore, type Scores } from './score-rows'
import { HistoryPanel } from '../../components/review-history'
import { callAction } from '../../services/cloud'
import { OwnFormDownload } from './own-form-download'
import { RecheckPanel } from './recheck-panel'

interface ReviewedResultProps {
  view: SubmissionView
  rubric: Rubric
  scores: Scores
  comments: Record<string, string>
  /** The view after a 复核 request. */
  onChange(view: SubmissionView): void
}

/** The finalized review: totals, then every A and B group and item, self score against final score. */
export function ReviewedResult({ view, rubric, scores, comments, onChange }: ReviewedResultProps) {
  const [onlyChanged, setOnlyChanged] = useState(false)
  const changedCount = Object.keys(comments).filter((id) => isChangedScore(scores, id)).length
  const shown = (items: readonly RubricItem[]) => items.filter((i) => !onlyChanged || isChangedScore(scores, i.id))
  const itemRows = (items: readonly RubricItem[]) =>
    shown(items).map((item) => <ItemRow key={item.id} item={item} scores={scores} comment={comments[item.id] ?? ''} />)

  return (
    <View className="result">
      <View className="result__summary">
        <Text className="result__society">
          {view.societyName} · {view.year}年度
        </Text>
        <View className="result__totals">
          <View className="result__total">
            <Text className="result__total-label">自评总分</Text>
            <Text className="result__total-value">{scores.self.total}</Text>
          </View>
          <View className="result__total">
            <Text className="result__total-label">最终得分</Text>
            <Text className="result__total-value result__total-value--final">{scores.final.total}</Text>
          </View>
          <View className="result__total">
            <Text className="result__total-label">满分</Text>
            <Text className="result__total-value result__total-value--max">{rubric.total}</Text>
          </View>
        </View>
        {view.grade ? <Text className="result__grade">等级：{view.grade}</Text> : null}
        {view.review?.reviewerName ? <Text className="result__reviewer">审核员：{view.review.reviewerName}</Text> : null}
        <OwnFormDownload year={view.year} submissionId={view.id} />
      </View>
      <RecheckPanel view={view} rubric={rubric} onChange={onChange} />

      <View className="result__filter">
        <Text className={`result__tab${onlyChanged ? '' : ' result__tab--on'}`} onClick={() => setOnlyChanged(false)}>
          全部指标
        </Text>
        <Text className={`result__tab${onlyChanged ? ' result__tab--on' : ''}`} onClick={() => setOnlyChanged(true)}>
          有调整的（{changedCount}）
        </Text>
      </View>

      {rubric.aGroups.map((a) => (
        <View key={a.id} className="result__card">
          <GroupRow id={a.id} name={a.name} max={a.max} scores={scores} level="a" />
          {a.bGroups.filter((b) => shown(b.items).length > 0 || !onlyChanged).map((b) => (
            <View key={b.id}>
              <GroupRow id={b.id} name={b.name} max={b.max} scores={scores} level="b" />
              {itemRows(b.items)}
            </View>
          ))}
          {itemRows(a.items)}
        </View>
      ))}
      <HistoryPanel key={view.version} load={() => callAction('submission.history', { year: view.year })} />
    </View>
  )
}
