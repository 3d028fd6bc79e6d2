import { Text, View } from '@tarojs/components'
import { itemById, type ItemChange, type Rubric } from '../../../shared'
import { describeAnswer } from '../../../components/answer-widgets/describe-answer'
import './changes-panel.scss'

/** Lines of an answer that differ from the other version's (the same lines in both are left out, unless all are). */
function differing(own: string[], other: string[]): string[] {
  const changed = own.filter((line) => !other.includes(line))
  return changed.length > 0 ? changed : own
}

function Change({ rubric, change }: { rubric: Rubric; change: ItemChange }) {
  const item = itemById(rubric).get(change.itemId)
  if (!item) return null
  const before = describeAnswer(item, change.before)
  const after = describeAnswer(item, change.after)
  const answerChanged = before.join('\n') !== after.join('\n')
  return (
    <View className="review-changes__item" data-item={change.itemId}>
      <Text className="review-changes__name">
        {item.id} {item.indicator}
      </Text>
      {answerChanged ? (
        <>
          <Text className="review-changes__before">修改前：{differing(before, after).join('；')}</Text>
          <Text className="review-changes__after">修改后：{differing(after, before).join('；')}</Text>
        </>
      ) : null}
      {change.photosBefore !== change.photosAfter || !answerChanged ? (
        <Text className="review-changes__photos">
          证明照片：{change.photosBefore}张 → {change.photosAfter}张
        </Text>
      ) : null}
    </View>
  )
}

/** After a resubmission: what the society changed since the form was returned, item by item, before → after. */
export function ChangesPanel({ rubric, changes }: { rubric: Rubric; changes: readonly ItemChange[] | null | undefined }) {
  if (!changes) return null
  return (
    <View className="review-changes">
      <Text className="review-changes__title">
        {changes.length > 0 ? `退回后修改了 ${changes.length} 项` : '退回后学会没有修改任何一项'}
      </Text>
      {changes.map((c) => (
        <Change key={c.itemId} rubric={rubric} change={c} />
      ))}
    </View>
  )
}
