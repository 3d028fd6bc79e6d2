import { Text, View } from '@tarojs/components'
import type { SubmissionListRow } from '../../../shared'
import { formatDateTime } from '../../../features/format/date-time'
import { StatusTag } from '../../components/status-tag'
import { ScorePair } from '../../components/score-pair'

/** One society's submission in the list: name, status, totals, progress and when it was submitted. */
export function SubmissionRow({ row, itemCount, onOpen }: { row: SubmissionListRow; itemCount: number; onOpen(): void }) {
  return (
    <View className="review-list__row" onClick={onOpen}>
      <View className="review-list__head">
        <Text className="review-list__name">{row.societyName}</Text>
        <StatusTag status={row.status} />
      </View>
      <ScorePair self={row.selfTotal} final={row.finalTotal} />
      {row.grade ? <Text className="review-list__grade">等级：{row.grade}</Text> : null}
      <View className="review-list__meta">
        <Text>
          已答 {row.answeredCount}/{itemCount}
        </Text>
        <Text>{row.submittedAt ? `提交于 ${formatDateTime(row.submittedAt)}` : '尚未提交'}</Text>
      </View>
    </View>
  )
}
