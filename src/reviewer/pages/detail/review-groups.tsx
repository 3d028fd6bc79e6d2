import { Text, View } from '@tarojs/components'
import type { Rubric, RubricItem, SubmissionView } from '../../../shared'
import { formatPoints } from '../../../components/score-badge'
import { groupAnchor } from './outline'

/** A group heading with its maximum, self subtotal and (once there is one) final subtotal. */
function GroupHeading({ id, name, max, view, level }: { id: string; name: string; max: number; view: SubmissionView; level: 'a' | 'b' }) {
  const self = view.selfScore.groups[id] ?? 0
  const final = view.finalScore?.groups[id]
  return (
    <View id={groupAnchor(id)} className={`review-detail__group review-detail__group--${level}`}>
      <Text className="review-detail__group-name">
        {id} {name}（{formatPoints(max)}分）
      </Text>
      <Text className="review-detail__group-score">
        自评 {formatPoints(self)}
        {final !== undefined ? ` · 最终 ${formatPoints(final)}` : ''}
      </Text>
    </View>
  )
}

/** The rubric A → B → items, each item drawn by `renderItem`. */
export function ReviewGroups({ rubric, view, renderItem }: { rubric: Rubric; view: SubmissionView; renderItem(item: RubricItem): JSX.Element }) {
  return (
    <>
      {rubric.aGroups.map((a) => (
        <View key={a.id} className="review-detail__card">
          <GroupHeading id={a.id} name={a.name} max={a.max} view={view} level="a" />
          {a.bGroups.map((b) => (
            <View key={b.id}>
              <GroupHeading id={b.id} name={b.name} max={b.max} view={view} level="b" />
              {b.items.map(renderItem)}
            </View>
          ))}
          {a.items.map(renderItem)}
        </View>
      ))}
    </>
  )
}
