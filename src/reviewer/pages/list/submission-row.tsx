import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import type { RecheckState, SubmissionListRow } from '../../../shared'
import { formatDateTime } from '../../../features/format/date-time'
import { RecheckTag, StatusTag } from '../../components/status-tag'
import { ScorePair } from '../../components/score-pair'

/** A society that has not started: nothing to open, its contact to chase it with. */
function NotStartedRow({ row }: { row: SubmissionListRow }) {
  return (
    <View className="review-list__row review-list__row--idle">
      <View className="review-list__head">
        <Text className="review-list__name">{row.societyName}</Text>
        <Tag type="default">未开始</Tag>
      </View>
      <View className="review-list__meta">
        <Text>尚未开始填写</Text>
        {row.contact ? <Text>联系方式 {row.contact}</Text> : null}
      </View>
    </View>
  )
}

/** One society's submission in the list: name, status, totals, progress and when it was submitted. */
interface Props {
  row: SubmissionListRow
  itemCount: number
  /** Its 复核: tagged 复核中 while the request waits for an answer, 已复核 after. */
  recheck: RecheckState
  onOpen(): void
}

export function SubmissionRow({ row, itemCount, recheck, onOpen }: Props) {
  if (row.status === 'not-started') return <NotStartedRow row={row} />
  return (
    <View className={`review-list__row${row.isNew ? ' review-list__row--new' : ''}`} onClick={onOpen}>
      <View className="review-list__head">
        <Text className="review-list__name">
          {row.isNew ? <Text className="review-list__new">新</Text> : null}
          {row.societyName}
        </Text>
        <StatusTag status={row.status} />
        <RecheckTag state={recheck} />
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
