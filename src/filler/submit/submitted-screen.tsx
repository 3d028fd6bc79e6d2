import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { SubmissionView } from '../../shared'
import { routes } from '../../shared/routes'
import { StatusScreen } from '../../components/status-screen'
import { formatDateTime } from '../../features/format/date-time'
import { withdrawForm } from '../../features/withdraw/withdraw-form'

/** A submitted (locked) or reviewed form: where it stands and where to go next. */
export function SubmittedScreen({ submission, onWithdrawn }: { submission: SubmissionView; onWithdrawn(view: SubmissionView): void }) {
  const reviewed = submission.status === 'reviewed'
  const go = (url: string) => () => void Taro.navigateTo({ url })
  return (
    <StatusScreen
      done
      title={reviewed ? '审核已完成' : '已提交'}
      text={
        reviewed
          ? '审核员已完成审核，可查看每一项的最终得分和意见。'
          : `自评总分 ${submission.selfScore.total} 分。表格已锁定，等待审核；审核结果会通过微信消息和“消息”页通知您。审核员开始审核前，可以撤回修改。`
      }
      note={submission.submittedAt ? `提交时间 ${formatDateTime(submission.submittedAt)}` : undefined}
    >
      {reviewed ? (
        <Button type="primary" block onClick={go(routes.result(submission.year))}>
          查看审核结果
        </Button>
      ) : (
        <Button type="primary" block onClick={go(routes.inbox())}>
          查看消息
        </Button>
      )}
      {submission.status === 'submitted' ? (
        <Button block onClick={() => void withdrawForm(submission.year).then((view) => view && onWithdrawn(view))}>
          撤回修改
        </Button>
      ) : null}
      <Button block onClick={() => void Taro.reLaunch({ url: routes.home() })}>
        返回首页
      </Button>
    </StatusScreen>
  )
}

/** A form that can no longer be submitted: the year is closed or its deadline has passed. */
export function ClosedScreen({ reason }: { reason: string }) {
  return (
    <StatusScreen title="填报已截止" text={`${reason}。如需延期，请联系管理员。`}>
      <Button block onClick={() => void Taro.reLaunch({ url: routes.home() })}>
        返回首页
      </Button>
    </StatusScreen>
  )
}
