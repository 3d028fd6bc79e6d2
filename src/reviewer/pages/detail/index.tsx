import { useCallback, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { findRubric, recheckState, rubricItems, type RubricItem, type SubmissionView } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { PageState, backOr } from '../../../components/page-state'
import { routes } from '../../../shared/routes'
import { formatPoints } from '../../../components/score-badge'
import { ReviewHeader } from './review-header'
import { DuplicateSummary } from './evidence-summary'
import { ReviewGroups } from './review-groups'
import { ReviewItem, returnReasonLabel } from './review-item'
import { reviewProgress } from './review-progress'
import { ReturnDialog, type ReturnReasonsInput } from './return-dialog'
import { SubmissionReports } from './submission-reports'
import { useReview } from './use-review'
import { acceptedScores } from './apply-scores'
import { Outline } from './outline'
import { Neighbours } from './neighbours'
import { ChangesPanel } from './changes-panel'
import { confirmAcceptAll, unreviewedItems } from './accept-all'
import { HistoryPanel } from '../../../components/review-history'
import { queryFromParams } from '../list/list-query'
import { RecheckAnswer } from './recheck-answer'
import './index.scss'

/** Back to the list it was opened from, or to the list when the page was opened by a link. */
const TO_LIST = backOr('返回审核列表', routes.reviewerList())

/** One submission under review: every answer and photo, final scores with comments, return or finalize. */
export default function ReviewDetail() {
  const { params } = useRouter()
  const submissionId = params.id ?? ''
  const [listQuery] = useState(() => queryFromParams(params))
  const { view, error: loadError, missing, load, run, save } = useReview(submissionId)
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set())
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(new Set())
  const [returning, setReturning] = useState(false)

  const toggle = (set: ReadonlySet<string>, id: string, on: boolean) => {
    if (set.has(id) === on) return set
    const next = new Set(set)
    if (on) next.add(id)
    else next.delete(id)
    return next
  }
  const onDirty = useCallback((id: string, dirty: boolean) => setUnsaved((s) => toggle(s, id, dirty)), [])

  const rubric = view ? findRubric(view.year) : undefined
  if (!submissionId) return <PageState title="找不到这份填报" error="链接缺少填报编号" exit={TO_LIST} />
  if (!view) return missing ? <PageState title="找不到这份填报" error={loadError} exit={TO_LIST} /> : <PageState error={loadError} onRetry={() => void load()} />
  if (!rubric) return <PageState title="无法显示这份填报" error={`没有${view.year}年度的评价指标`} exit={TO_LIST} />

  const editable = view.status === 'submitted'
  const saveScore = (itemId: string, finalScore: number, comment: string) => {
    const items = { [itemId]: { finalScore, comment } }
    return save(() => callAction('review.saveScores', { submissionId, items, baseVersion: view.version }), () => items)
  }

  const toAccept = unreviewedItems(rubric, view)
  const acceptAll = async () => {
    if (!(await confirmAcceptAll(toAccept.length, unsaved.size))) return
    if (await save(() => callAction('review.acceptSelfScores', { submissionId }), acceptedScores)) {
      void Taro.showToast({ title: `已采纳${toAccept.length}项自评分`, icon: 'none' })
    }
  }

  const sendBack = async (reasons: ReturnReasonsInput) => {
    setReturning(false)
    if (await run(() => callAction('review.return', { submissionId, ...reasons }))) {
      setMarked(new Set())
      void Taro.showToast({ title: '已退回修改，学会会收到通知', icon: 'none' })
    }
  }

  const finalize = async () => {
    if (unsaved.size > 0) {
      await Taro.showModal({ title: '还有未保存的修改', content: `有${unsaved.size}项的得分或意见尚未保存，请先保存。`, showCancel: false })
      return
    }
    const total = formatPoints(view.finalScore?.total ?? view.selfScore.total)
    const { reviewed, total: items } = reviewProgress(view, rubric)
    const pending = items - reviewed
    const { confirm } = await Taro.showModal({
      title: '审核通过',
      content: `${pending > 0 ? `还有${pending}项未审核，将按自评分确认。` : ''}最终得分 ${total} 分。审核通过后将通知学会，得分不能再修改。`,
      confirmText: '审核通过',
      confirmColor: '#1f6fd6',
    })
    if (confirm && (await run(() => callAction('review.finalize', { submissionId })))) {
      void Taro.showToast({ title: '已审核通过', icon: 'success' })
    }
  }

  const renderItem = (item: RubricItem) => (
    <ReviewItem
      key={item.id}
      rubric={rubric}
      item={item}
      view={view}
      editable={editable}
      marked={marked.has(item.id)}
      onToggleMark={() => setMarked((s) => toggle(s, item.id, !s.has(item.id)))}
      onDirty={onDirty}
      onSave={saveScore}
    />
  )

  return (
    <View className={`review-detail${editable ? ' review-detail--editable' : ''}`}>
      <Neighbours year={view.year} submissionId={submissionId} query={listQuery} />
      <ReviewHeader view={view} rubric={rubric} />
      <DuplicateSummary view={view} />
      {editable ? <ChangesPanel rubric={rubric} changes={view.changesSinceReturn} /> : null}
      {view.returnReasons?.overall ? (
        <Text className="review-detail__notice">
          {returnReasonLabel(view)}：{view.returnReasons.overall}
        </Text>
      ) : null}
      {!editable ? <Text className="review-detail__notice">{readOnlyNote(view)}</Text> : null}
      <RecheckAnswer
        key={`recheck-${view.version}`}
        view={view}
        rubric={rubric}
        onAnswer={(items) => run(() => callAction('review.answerRecheck', { submissionId, baseVersion: view.version, items }))}
      />
      <ReviewGroups rubric={rubric} view={view} renderItem={renderItem} />
      <SubmissionReports view={view} />
      <HistoryPanel key={view.version} load={() => callAction('review.history', { submissionId })} />
      <Outline rubric={rubric} />
      {editable && toAccept.length > 0 ? (
        <Button fill="outline" type="primary" className="review-detail__accept" onClick={() => void acceptAll()}>
          采纳其余自评分（{toAccept.length}项未审核）
        </Button>
      ) : null}
      {editable ? (
        <View className="review-detail__actions">
          <Button type="danger" fill="outline" className="review-detail__action" onClick={() => setReturning(true)}>
            退回修改{marked.size > 0 ? `（${marked.size}项）` : ''}
          </Button>
          <Button type="primary" className="review-detail__action" onClick={() => void finalize()}>
            审核通过
          </Button>
        </View>
      ) : null}
      <ReturnDialog
        visible={returning}
        items={rubricItems(rubric).filter((i) => marked.has(i.id))}
        onCancel={() => setReturning(false)}
        onSubmit={(reasons) => void sendBack(reasons)}
      />
    </View>
  )
}

function readOnlyNote({ status, recheck }: SubmissionView): string {
  if (status === 'reviewed' && recheckState(recheck) === 'pending') return '学会在公示期内申请了复核：请在下方逐项答复（维持或更改，都要说明）。'
  if (status === 'reviewed') return '已审核通过，结果已通知学会，得分不能再修改（学会申请复核时除外）。'
  if (status === 'returned') return '已退回学会修改，重新提交后才能继续审核。'
  return '学会尚未提交，提交后才能审核。'
}
