import { Text, View } from '@tarojs/components'
import ScoreBadge, { formatPoints } from '../../components/score-badge'

/** The reviewer's verdict on one item, once the review is finalized: the final score beside the self score, and the comment. */
export function ReviewOutcome({ final, self, max, comment }: { final: number; self: number; max: number; comment: string }) {
  return (
    <View className="item-page__card item-page__outcome">
      <View className="item-page__title-row">
        <Text className="item-page__section-title">审核结果</Text>
        <View className="item-page__score">
          <Text className="item-page__score-label">最终得分</Text>
          <ScoreBadge score={final} max={max} />
        </View>
      </View>
      <Text className="item-page__outcome-self">
        自评 {formatPoints(self)}分{final === self ? '，审核认可' : `，审核${final > self ? '调高' : '核减'}${formatPoints(Math.abs(final - self))}分`}
      </Text>
      <Text className="item-page__outcome-comment">审核意见：{comment || '无'}</Text>
    </View>
  )
}
