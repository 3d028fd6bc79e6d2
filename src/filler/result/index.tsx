import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { PageState, loadErrorText } from '../../components/page-state'
import { StatusScreen } from '../../components/status-screen'
import { ActionError, findRubric, rubricItems, type ScoreSummary, type SubmissionView } from '../../shared'
import { routes } from '../../shared/routes'
import { callAction } from '../../services/cloud'
import { useCurrentYear } from '../../features/account'
import { ReviewedResult } from './reviewed-result'
import './index.scss'

type Loaded = { kind: 'view'; view: SubmissionView } | { kind: 'missing'; message: string } | { kind: 'error'; message: string }

interface NoticeProps {
  title: string
  text: string
  action?: { label: string; onClick(): void }
}

function Notice({ title, text, action }: NoticeProps) {
  return (
    <StatusScreen title={title} text={text}>
      {action ? (
        <Button type="primary" block onClick={action.onClick}>
          {action.label}
        </Button>
      ) : null}
    </StatusScreen>
  )
}

const FILL = { label: '去填写', onClick: () => void Taro.reLaunch({ url: routes.home() }) }

/** What the society sees before the review is final. */
function notReviewedNotice(view: SubmissionView): NoticeProps {
  switch (view.status) {
    case 'draft':
      return { title: '自评表尚未提交', text: '填写完整并提交后，审核员会逐项审核；审核结果出来后会通知您。', action: FILL }
    case 'submitted':
      return { title: '审核中', text: `自评表已提交（自评 ${view.selfScore.total} 分），审核员正在审核。审核结果出来后会通过微信消息和“消息”页通知您。` }
    case 'returned':
      return {
        title: '已退回修改',
        text: view.returnReasons?.overall || '审核员退回了自评表，请按意见修改后重新提交。',
        action: {
          label: '查看意见并修改',
          onClick: () => void Taro.navigateTo({ url: routes.submit(view.year) }),
        },
      }
    case 'reviewed':
      return { title: '审核结果暂不可用', text: '请稍后再试。' }
  }
}

const flat = (summary: ScoreSummary): Record<string, number> => ({ ...summary.groups, ...summary.items, total: summary.total })

export default function Result() {
  const year = useCurrentYear(useRouter().params.year)
  const [loaded, setLoaded] = useState<Loaded | null>(null)

  const load = () => {
    setLoaded(null)
    callAction('submission.result', { year })
      .then((view) => setLoaded({ kind: 'view', view }))
      .catch((e: unknown) =>
        setLoaded(
          e instanceof ActionError && e.code === 'NOT_FOUND'
            ? { kind: 'missing', message: e.message }
            : { kind: 'error', message: loadErrorText(e) },
        ),
      )
  }
  useEffect(load, [year])

  if (!loaded) return <PageState onRetry={load} />
  if (loaded.kind === 'missing') {
    return <Notice title={`${year}年度还没有自评表`} text={loaded.message} action={FILL} />
  }
  if (loaded.kind === 'error') return <Notice title="加载失败" text={loaded.message} action={{ label: '重试', onClick: load }} />

  const { view } = loaded
  const rubric = findRubric(view.year)
  if (view.status !== 'reviewed' || !view.finalScore || !rubric) return <Notice {...notReviewedNotice(view)} />
  const scores = { self: flat(view.selfScore), final: flat(view.finalScore) }
  const comments = Object.fromEntries(rubricItems(rubric).map((i) => [i.id, view.review?.items[i.id]?.comment ?? '']))
  return (
    <ReviewedResult
      view={view}
      rubric={rubric}
      scores={scores}
      comments={comments}
      onChange={(next) => setLoaded({ kind: 'view', view: next })}
    />
  )
}
