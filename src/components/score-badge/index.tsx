import { Text, View } from '@tarojs/components'
import './index.scss'

export interface ScoreBadgeProps {
  score: number
  max: number
  /** Unanswered items score 0 in a preview; the badge says so instead of showing a bare 0. */
  answered?: boolean
  size?: 'normal' | 'large'
}

/** Half points print as 3.5, whole points without a decimal. */
export const formatPoints = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1))

/** An item's or a group's live self score out of its maximum. */
export default function ScoreBadge({ score, max, answered = true, size = 'normal' }: ScoreBadgeProps) {
  return (
    <View className={`score-badge score-badge--${size}${answered ? '' : ' score-badge--pending'}`}>
      <Text className="score-badge__score">{answered ? formatPoints(score) : '—'}</Text>
      <Text className="score-badge__max"> / {formatPoints(max)}分</Text>
    </View>
  )
}
