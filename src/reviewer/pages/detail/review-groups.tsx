import { Text, View } from '@tarojs/components'
import type { Rubric, RubricItem, SubmissionView } from '../../../shared'
import { formatPoints } from '../../../components/score-badge'
import { reviewProgress } from './review-progress'

interface GroupHeadingProps {
  id: string
  name: string
  max: number
  itemIds: string[]
  rubric: Rubric
  view: SubmissionView
  level: 'a' | 'b'
}

/** What is known of a group's final subtotal: the subtotal once every item is reviewed, else how many are. */
function finalPart(view: SubmissionView, rubric: Rubric, id: string, itemIds: string[]): string {
  const { reviewed, total } = reviewProgress(view, rubric, itemIds)
  const final = view.finalScore?.groups[id]
  if (reviewed === 0 || final === undefined) return ''
  return reviewed < total ? ` · 已审${reviewed}/${total}项` : ` · 最终 ${formatPoints(final)}`
}

/** A group heading with its maximum, self subtotal and what is known of its final subtotal. */
function GroupHeading({ id, name, max, itemIds, rubric, view, level }: GroupHeadingProps) {
  const self = view.selfScore.groups[id] ?? 0
  return (
    <View className={`review-detail__group review-detail__group--${level}`}>
      <Text className="review-detail__group-name">
        {id} {name}（{formatPoints(max)}分）
      </Text>
      <Text className="review-detail__group-score">
        自评 {formatPoints(self)}
        {finalPart(view, rubric, id, itemIds)}
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
          <GroupHeading
            id={a.id}
            name={a.name}
            max={a.max}
            itemIds={[...a.bGroups.flatMap((b) => b.items), ...a.items].map((i) => i.id)}
            rubric={rubric}
            view={view}
            level="a"
          />
          {a.bGroups.map((b) => (
            <View key={b.id}>
              <GroupHeading id={b.id} name={b.name} max={b.max} itemIds={b.items.map((i) => i.id)} rubric={rubric} view={view} level="b" />
              {b.items.map(renderItem)}
            </View>
          ))}
          {a.items.map(renderItem)}
        </View>
      ))}
    </>
  )
}
