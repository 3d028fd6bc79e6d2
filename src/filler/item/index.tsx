import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { MAX_REMARK_CHARS, getRubric, scoreItem, tooLongMessage, type ItemAnswer } from '../../shared'
import { useDraft } from '../../features/draft'
import { rubricCheck } from '../../features/draft/edit-check'
import { useCurrentYear } from '../../features/account'
import { AnswerWidget } from '../../components/answer-widgets'
import ScoreBadge from '../../components/score-badge'
import SaveIndicator from '../../components/save-indicator'
import { useConflictPrompt } from '../../components/conflict-prompt'
import EvidencePhotos from '../../components/evidence-photos'
import { LimitedText } from '../../components/limited-text'
import { itemContext } from './item-context'
import { criterionNote, shownCriterion } from './criterion-text'
import { ReviewOutcome } from './review-outcome'
import { ItemReadings } from './item-readings'
import { routes } from '../../shared/routes'
import { PageState } from '../../components/page-state'
import { FormUnavailable } from '../form-unavailable'
import './index.scss'

/** One item of the form: its wording and criterion, the answer, the remark, the evidence and the live score. */
export default function ItemPage() {
  const { params } = useRouter()
  const year = useCurrentYear(params.year)
  const draft = useDraft(year)
  useConflictPrompt(year, draft.conflicts, draft.resolveConflict)
  const rubric = getRubric(year)
  const context = itemContext(rubric, params.id ?? '')
  if (!context) {
    const toSections = { label: '查看全部指标', onPress: () => void Taro.redirectTo({ url: routes.sections(year) }) }
    const error = `${year}年度的自评表中没有指标“${(params.id ?? '').slice(0, 20)}”，链接可能已过期。`
    return <PageState title="没有这个指标" error={error} exit={toSections} />
  }

  if (draft.unavailable) return <FormUnavailable reason={draft.unavailable} />
  const { item, breadcrumb, previous, next } = context
  const { submission, editable } = draft
  const answer = draft.answers[item.id]
  const issue = draft.issues[item.id]
  const returnReason = submission?.status === 'returned' ? submission.returnReasons?.items[item.id] : undefined
  // An invalid local edit is not counted until fixed: the score stays the saved copy's.
  const { score, complete } = scoreItem(item, issue ? submission?.answers[item.id] : answer)
  const change = (next: ItemAnswer | null) => draft.setItemAnswer(item.id, next, rubricCheck(rubric))
  const setRemark = (remark: string) => change({ ...answer, remark })
  const goTo = (id: string) => void Taro.redirectTo({ url: routes.item(id, year) })
  const isJudgement = item.rule.kind === 'judgement'
  // Count and judgement widgets say what is wrong beside the field; other kinds rely on the store's message.
  // The remark box names its own limit, so the store's message about it is not repeated.
  const remarkIssue = tooLongMessage('备注', answer?.remark ?? '', MAX_REMARK_CHARS)
  const otherIssues = issue?.split('；').filter((part) => part !== remarkIssue).join('；')
  const showIssue = otherIssues && !(item.rule.kind === 'count' || isJudgement)

  return (
    <View className="item-page">
      {returnReason !== undefined && (
        <View className="item-page__returned">
          <Text className="item-page__returned-title">审核退回意见</Text>
          <Text className="item-page__returned-text">{returnReason}</Text>
        </View>
      )}
      <View className="item-page__crumbs">
        <Text className="item-page__breadcrumb">{breadcrumb}</Text>
        {submission && editable && <SaveIndicator state={draft.saveState} />}
      </View>
      {draft.readOnlyReason && <Text className="item-page__readonly">{draft.readOnlyReason}</Text>}
      {draft.error && !submission && <Text className="item-page__error">{draft.error}</Text>}
      {draft.failure && <Text className="item-page__error">{draft.failure}</Text>}

      <View className="item-page__card">
        <View className="item-page__title-row">
          <Text className="item-page__id">{item.id}</Text>
          <Text className="item-page__max">分值 {item.max}分</Text>
        </View>
        <Text className="item-page__indicator">{item.indicator}</Text>
        <Text className="item-page__section-label">评分标准</Text>
        <Text className="item-page__criterion">{shownCriterion(item.criterion)}</Text>
        {criterionNote(item) && <Text className="item-page__criterion-note">{criterionNote(item)}</Text>}
      </View>

      <View className="item-page__card">
        <View className="item-page__title-row">
          <Text className="item-page__section-title">自评</Text>
          <View className="item-page__score">
            <Text className="item-page__score-label">本项得分</Text>
            <ScoreBadge score={score} max={item.max} answered={complete} />
          </View>
        </View>
        <AnswerWidget item={item} answer={answer} disabled={!editable} onChange={change} />
        {showIssue && <Text className="item-page__error">{otherIssues}</Text>}
      </View>

      {submission?.status === 'reviewed' && submission.finalScore ? (
        <ReviewOutcome
          final={submission.finalScore.items[item.id] ?? score}
          self={submission.selfScore.items[item.id] ?? score}
          max={item.max}
          comment={submission.review?.items[item.id]?.comment ?? ''}
        />
      ) : null}

      <View className="item-page__card">
        <Text className="item-page__section-title">{isJudgement ? '备注（工作情况说明）' : '备注'}</Text>
        <LimitedText
          className="item-page__remark"
          label="备注"
          max={MAX_REMARK_CHARS}
          value={answer?.remark ?? ''}
          placeholder={isJudgement ? '简述本年度开展的相关工作，供审核参考' : '选填'}
          readOnly={!editable}
          onChange={setRemark}
        />
      </View>

      {submission && (
        <View className="item-page__photos">
          <EvidencePhotos
            year={year}
            societyId={submission.societyId}
            itemId={item.id}
            fileIds={draft.evidence[item.id] ?? []}
            editable={editable}
            onChange={draft.absorbEvidence}
            files={submission.files}
            duplicates={submission.duplicates}
          />
          <ItemReadings year={year} itemId={item.id} fileIds={draft.evidence[item.id] ?? []} />
        </View>
      )}

      <View className="item-page__pager">
        <Button disabled={!previous} onClick={() => previous && goTo(previous)}>
          上一项
        </Button>
        <Button type="primary" disabled={!next} onClick={() => next && goTo(next)}>
          下一项
        </Button>
      </View>
    </View>
  )
}
