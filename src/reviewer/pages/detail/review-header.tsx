import { Text, View } from '@tarojs/components'
import type { Rubric, SubmissionView } from '../../../shared'
import { formatPoints } from '../../../components/score-badge'
import { formatDateTime } from '../../../features/format/date-time'
import { StatusTag } from '../../components/status-tag'
import { finalTotalText, reviewProgress } from './review-progress'
import { LastYearTotal } from './last-year'

function Total({ label, value, kind }: { label: string; value: string; kind?: 'final' | 'max' | 'pending' }) {
  return (
    <View className="review-detail__total">
      <Text className="review-detail__total-label">{label}</Text>
      <Text className={`review-detail__total-value${kind ? ` review-detail__total-value--${kind}` : ''}`}>{value}</Text>
    </View>
  )
}

/** Society, status, filler and the self total against the final total, which shows only once every item is reviewed. */
export function ReviewHeader({ view, rubric }: { view: SubmissionView; rubric: Rubric }) {
  const progress = reviewProgress(view, rubric)
  const final = finalTotalText(progress, view.finalScore?.total, formatPoints)
  const finalKnown = progress.reviewed === progress.total && view.finalScore !== null
  return (
    <View className="review-detail__header">
      <View className="review-detail__title-row">
        <Text className="review-detail__society">{view.societyName}</Text>
        <StatusTag status={view.status} onColour />
      </View>
      <Text className="review-detail__line">
        填报人：{view.filler ? `${view.filler.name} ${view.filler.phone}` : '未填写'}
      </Text>
      <Text className="review-detail__line">
        {view.year}年度 · {view.submittedAt ? `提交于 ${formatDateTime(view.submittedAt)}` : '尚未提交'}
      </Text>
      <LastYearTotal view={view} />
      <View className="review-detail__totals">
        <Total label="自评总分" value={formatPoints(view.selfScore.total)} />
        <Total label="最终得分" value={final} kind={finalKnown ? 'final' : 'pending'} />
        <Total label="满分" value={formatPoints(rubric.total)} kind="max" />
      </View>
    </View>
  )
}
