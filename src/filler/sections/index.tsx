import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { getRubric, type RubricItem } from '../../shared'
import { useCurrentYear } from '../../features/account'
import { useDraft } from '../../features/draft'
import ScoreBadge from '../../components/score-badge'
import SaveIndicator from '../../components/save-indicator'
import { useConflictPrompt } from '../../components/conflict-prompt'
import { routes } from '../../shared/routes'
import { ItemRow } from './item-row'
import { FormUnavailable } from '../form-unavailable'
import { itemState } from './item-state'
import './index.scss'

interface GroupHeadProps {
  level: 'a' | 'b'
  group: { id: string; name: string; max: number }
  score: number
}

function GroupHead({ level, group, score }: GroupHeadProps) {
  return (
    <View className={`sections__${level}-head`}>
      <Text className={`sections__${level}-name`}>
        {group.id} {group.name}
      </Text>
      <ScoreBadge score={score} max={group.max} />
    </View>
  )
}

/** Every item of the form, grouped A → B, with its state and live score. */
export default function Sections() {
  const { params } = useRouter()
  const year = useCurrentYear(params.year)
  const rubric = getRubric(year)
  const draft = useDraft(year)
  useConflictPrompt(year, draft.conflicts, draft.resolveConflict)
  const { report, submission } = draft
  const target = params.a

  useEffect(() => {
    if (!target || draft.loading) return
    const timer = setTimeout(() => void Taro.pageScrollTo({ selector: `#group-${target}`, duration: 0 }), 50)
    return () => clearTimeout(timer)
  }, [target, draft.loading])

  if (draft.unavailable) return <FormUnavailable reason={draft.unavailable} />
  const row = (item: RubricItem) => (
    <ItemRow
      key={item.id}
      item={item}
      state={itemState(item.id, !report.incomplete.includes(item.id), submission)}
      score={report.items[item.id] ?? 0}
      onOpen={() => void Taro.navigateTo({ url: routes.item(item.id, year) })}
    />
  )

  return (
    <View className="sections">
      <View className="sections__top">
        <Text className="sections__total">
          自评合计 <ScoreBadge score={report.total} max={report.max} />
        </Text>
        {submission && <SaveIndicator state={draft.saveState} />}
      </View>
      {draft.error && !submission && <Text className="sections__error">{draft.error}</Text>}
      {submission?.closedReason && <Text className="sections__error">{draft.readOnlyReason}</Text>}
      {rubric.aGroups.map((a) => (
        <View key={a.id} id={`group-${a.id}`} className="sections__group">
          <GroupHead level="a" group={a} score={report.groups[a.id] ?? 0} />
          {a.bGroups.map((b) => (
            <View key={b.id} className="sections__b">
              <GroupHead level="b" group={b} score={report.groups[b.id] ?? 0} />
              {b.items.map(row)}
            </View>
          ))}
          {a.items.length > 0 && <View className="sections__b">{a.items.map(row)}</View>}
        </View>
      ))}
    </View>
  )
}
