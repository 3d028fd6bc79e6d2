import { Text, View } from '@tarojs/components'
import type { ScoreReport, SubmissionView } from '../../shared'
import ScoreBadge, { formatPoints } from '../../components/score-badge'

/** The big number of home: the final score once the review is finalized (self score beside it), else the live self score. */
export function HomeScore({ submission, report }: { submission: SubmissionView; report: ScoreReport }) {
  const final = submission.status === 'reviewed' ? submission.finalScore : null
  if (!final) {
    return (
      <View className="home__score-row">
        <Text className="home__label">自评得分</Text>
        <ScoreBadge score={report.total} max={report.max} size="large" />
      </View>
    )
  }
  return (
    <View className="home__score-row">
      <View className="home__score-labels">
        <Text className="home__label">最终得分</Text>
        <Text className="home__self-score">自评 {formatPoints(submission.selfScore.total)}分</Text>
      </View>
      <ScoreBadge score={final.total} max={final.max} size="large" />
    </View>
  )
}

/** A group's score on home: final (with the self score in words) once finalized, else the live self score. */
export function groupScore(submission: SubmissionView | null, report: ScoreReport, groupId: string) {
  const final = submission?.status === 'reviewed' ? submission.finalScore : null
  const self = report.groups[groupId] ?? 0
  return final ? { shown: final.groups[groupId] ?? 0, note: ` · 自评 ${formatPoints(self)}分` } : { shown: self, note: '' }
}
