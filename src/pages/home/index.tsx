import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup, Progress, Tag } from '@nutui/nutui-react-taro'
import { STATUS_LABEL, getRubric, rubricItems, type AGroup, type ScoreReport } from '../../shared'
import { useCurrentYear, useMe } from '../../features/account'
import { PageState } from '../../components/page-state'
import { useDraft } from '../../features/draft'
import ScoreBadge from '../../components/score-badge'
import SaveIndicator from '../../components/save-indicator'
import ConflictDialog from '../../components/conflict-dialog'
import DeadlineNotice from '../../components/deadline-notice'
import { routes } from '../../shared/routes'
import { answeredCount, nextStep, statusLabel } from './next-step'
import { roleHome } from './role-home'
import './index.scss'

const groupItems = (group: AGroup) => [...group.bGroups.flatMap((b) => b.items), ...group.items]

function groupProgress(group: AGroup, report: ScoreReport): string {
  const items = groupItems(group)
  const done = items.filter((i) => !report.incomplete.includes(i.id)).length
  return `已答 ${done} / ${items.length} 项`
}

const go = (url: string) => void Taro.navigateTo({ url })

const arrow = <Text className="home__arrow">›</Text>

/** The filler's home: their society's form of the year. */
function FillerHome() {
  const year = useCurrentYear()
  const rubric = getRubric(year)
  const total = rubricItems(rubric).length
  const { me } = useMe()
  const draft = useDraft(year)
  const { submission, report } = draft

  const societyChanged = Boolean(me?.society && submission && me.society.id !== submission.societyId)
  useEffect(() => {
    if (societyChanged) void draft.reload()
  }, [societyChanged, draft.reload])

  const answered = answeredCount(rubric, report)
  const step = submission ? nextStep(rubric, submission, report) : null
  const overallReason = submission?.status === 'returned' ? submission.returnReasons?.overall : ''

  return (
    <View className="home">
      <View className="home__header">
        <View className="home__meta">
          <Tag background="#ffffff" color="#1f6fd6">
            {rubric.attachment}
          </Tag>
          {submission && <SaveIndicator state={draft.saveState} />}
        </View>
        <Text className="home__title">{rubric.title}</Text>
        {submission && <Text className="home__society">{submission.societyName}</Text>}
      </View>

      {me && me.currentYear.year === year && <DeadlineNotice year={me.currentYear} />}
      {draft.loading && <View className="home__notice">正在读取自评表…</View>}
      {draft.error && !submission && (
        <View className="home__notice home__notice--error" onClick={() => void draft.reload()}>
          {draft.error}（点此重试）
        </View>
      )}

      {submission && (
        <View className="home__card">
          <View className="home__status-row">
            <Text className="home__label">填报状态</Text>
            <Text className={`home__status home__status--${submission.status}`}>
              {statusLabel(submission, answered, STATUS_LABEL)}
            </Text>
          </View>
          {overallReason ? <Text className="home__reason">退回原因：{overallReason}</Text> : null}
          <View className="home__score-row">
            <Text className="home__label">自评得分</Text>
            <ScoreBadge score={report.total} max={report.max} size="large" />
          </View>
          <View className="home__progress">
            <Text className="home__progress-text">
              已答 {answered} / {total}
            </Text>
            <Progress percent={Math.round((answered / total) * 100)} showText={false} strokeWidth="6" color="#1f6fd6" />
          </View>
          {step && (
            <Button block type="primary" className="home__next" onClick={() => go(step.url)}>
              {step.label}
            </Button>
          )}
          {submission.status === 'returned' && report.complete && (
            <Button
              block
              fill="outline"
              type="primary"
              className="home__next"
              onClick={() => go(routes.submit(year))}
            >
              提交前检查
            </Button>
          )}
        </View>
      )}

      <CellGroup title="评价指标">
        {rubric.aGroups.map((group) => (
          <Cell
            key={group.id}
            title={`${group.id} ${group.name}`}
            description={groupProgress(group, report)}
            extra={<ScoreBadge score={report.groups[group.id] ?? 0} max={group.max} />}
            align="center"
            clickable
            onClick={() => go(routes.sections(year, group.id))}
          />
        ))}
      </CellGroup>

      <CellGroup>
        <Cell title="消息" clickable onClick={() => go(routes.inbox())} extra={arrow} />
        <Cell title="我的资料" clickable onClick={() => go(routes.profile())} extra={arrow} />
      </CellGroup>

      <ConflictDialog year={year} conflicts={draft.conflicts} onResolve={draft.resolveConflict} />
    </View>
  )
}

/**
 * Sends each user to their own start: unbound users to bind, reviewers to the review list, admins to the admin home. The filler's
 * form (and its submission.get) loads only once the role is known, or when it cannot be known (offline).
 */
export default function Home() {
  const { me, error, refresh } = useMe()
  const target = roleHome(me)
  useEffect(() => {
    if (target) void Taro.redirectTo({ url: target })
  }, [target])
  if (target || (!me && !error)) return <PageState onRetry={() => void refresh()} />
  return <FillerHome />
}
