import { Text, View } from '@tarojs/components'
import type { RubricItem, SubmissionView } from '../../../shared'
import { formatPoints } from '../../../components/score-badge'
import './last-year.scss'

/**
 * The same item in the society's finalized form of the year before: its final score (and self score when the
 * reviewer changed it) and the reviewer's comment; flagged when this year's self score rose by more than half
 * the item's maximum on the very same photo file.
 */
export function LastYearItem({ view, item }: { view: SubmissionView; item: RubricItem }) {
  const last = view.previousYear
  if (!last) return null
  const before = last.items[item.id]
  const flagged = view.risenOnSamePhoto?.includes(item.id) ?? false
  const selfNow = view.selfScore.items[item.id]
  return (
    <View className={`last-year${flagged ? ' last-year--flagged' : ''}`} data-last-year={item.id}>
      {before && before.finalScore !== null ? (
        <Text className="last-year__score">
          {last.year}年度：最终得分 {formatPoints(before.finalScore)}分
          {before.selfScore !== null && before.selfScore !== before.finalScore ? `（自评${formatPoints(before.selfScore)}分）` : ''}
        </Text>
      ) : (
        <Text className="last-year__score">{last.year}年度：无此项</Text>
      )}
      {before?.comment ? <Text className="last-year__comment">上年意见：{before.comment}</Text> : null}
      {flagged && before?.selfScore !== null && selfNow !== undefined ? (
        <Text className="last-year__flag">
          请核实：自评比上年高{formatPoints(selfNow - (before?.selfScore ?? 0))}分（超过满分的一半），证明照片与上年的是同一文件
        </Text>
      ) : null}
    </View>
  )
}

/** The header line: last year's final total and grade. */
export function LastYearTotal({ view }: { view: SubmissionView }) {
  const last = view.previousYear
  if (!last) return null
  return (
    <Text className="review-detail__line">
      {last.year}年度审核结果：{formatPoints(last.finalTotal)}分{last.grade ? `，${last.grade}` : ''}
    </Text>
  )
}
