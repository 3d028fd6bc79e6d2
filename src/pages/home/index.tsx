import { useEffect, useRef } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { STATUS_LABEL } from '../../shared/submission-status'
import { withdrawForm } from '../../features/withdraw/withdraw-form'
import { getRubric, rubricItems } from '../../shared/rubric'
import type { AGroup, ScoreReport } from '../../shared'
import { useMe } from '../../features/account/use-me'
import { useCurrentYear } from '../../features/account/current-year'
import { useDraft } from '../../features/draft'
import ScoreBadge from '../../components/score-badge'
import SaveIndicator from '../../components/save-indicator'
import { showsSaveState } from './save-shown'
import { useConflictPrompt } from '../../components/conflict-prompt'
import DeadlineNotice from '../../components/deadline-notice'
import { deadlineText } from '../../components/deadline-notice/deadline-text'
import { routes } from '../../shared/routes'
import { answeredCount, nextStep, statusLabel } from './next-step'
import { roleHome } from './role-home'
import { HomeButton, HomeCell, HomeCellGroup, HomeProgress, HomeWaiting } from './light-ui'
import { HomeScore, groupScore } from './home-score'
import { useUnreadCount } from './use-unread-count'
import { EarlierYears } from './earlier-years'
import { useSocietyYears } from './use-society-years'
import { YearBanner } from './year-banner'
import './index.scss'

const groupItems = (group: AGroup) => [...group.bGroups.flatMap((b) => b.items), ...group.items]

function groupProgress(group: AGroup, report: ScoreReport): string {
  const items = groupItems(group)
  const done = items.filter((i) => !report.incomplete.includes(i.id)).length
  return `已答 ${done} / ${items.length} 项`
}

const go = (url: string) => void Taro.navigateTo({ url })

const arrow = <Text className="home__arrow">›</Text>

/** The filler's home: their society's form of the year. Plain View/Text controls (light-ui), no NutUI to paint. */
function FillerHome() {
  // A link (往年, or a message about an earlier year) names its year; otherwise the current one.
  const year = useCurrentYear(useRouter().params.year)
  const rubric = getRubric(year)
  const total = rubricItems(rubric).length
  const { me, refresh: refreshMe } = useMe()
  const draft = useDraft(year)
  useConflictPrompt(year, draft.conflicts, draft.resolveConflict)
  const { submission, report } = draft
  const unread = useUnreadCount()
  const societyYears = useSocietyYears()
  const shownYear = societyYears.years.find((y) => y.year === year)
  const currentYear = me?.currentYear.year ?? year
  const deadlineYear =
    me && me.currentYear.year === year ? me.currentYear : shownYear ? { year, status: shownYear.yearStatus, deadline: shownYear.deadline } : null

  const societyChanged = Boolean(me?.society && submission && me.society.id !== submission.societyId)
  useEffect(() => {
    if (societyChanged) void draft.reload()
  }, [societyChanged, draft.reload])

  // A reviewer may have returned or finalized the form while the filler was on another page: coming back to
  // home fetches it again once it has been loaded (edits not yet saved are merged, not lost).
  const loaded = useRef({ submission, reload: draft.reload })
  loaded.current = { submission, reload: draft.reload }
  // The app may have stayed open while the admin opened a new year: who the user is and the current year are
  // read again each time home is shown, and with them the years listed under 往年.
  useDidShow(() => {
    if (loaded.current.submission) void loaded.current.reload()
    void refreshMe()
    societyYears.reload()
  })

  const answered = answeredCount(rubric, report)
  const step = submission ? nextStep(rubric, submission, report) : null
  const overallReason = submission?.status === 'returned' ? submission.returnReasons?.overall : ''

  return (
    <View className="home">
      <View className="home__header">
        <View className="home__meta">
          <Text className="home__tag">{rubric.attachment}</Text>
          {submission && showsSaveState(draft) && <SaveIndicator state={draft.saveState} />}
        </View>
        <Text className="home__title">{rubric.title}</Text>
        {submission && <Text className="home__society">{submission.societyName}</Text>}
      </View>

      {year !== currentYear && <YearBanner year={year} current={currentYear} />}
      {deadlineYear && <DeadlineNotice year={deadlineYear} />}
      {/* Closed for another reason than the deadline said above (the society deactivated): why. */}
      {submission?.closedReason && !(deadlineYear && deadlineText(deadlineYear, new Date())?.tone === 'closed') && (
        <View className="home__notice home__notice--error">{draft.readOnlyReason}</View>
      )}
      {draft.loading && <View className="home__notice">正在读取自评表…</View>}
      {draft.unavailable ? (
        <View className="home__notice">{draft.unavailable}，暂时没有可填写的自评表。</View>
      ) : (
        draft.error &&
        !submission && (
          <View className="home__notice home__notice--error" onClick={() => void draft.reload()}>
            {draft.error}（点此重试）
          </View>
        )
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
          <HomeScore submission={submission} report={report} />
          <View className="home__progress">
            <Text className="home__progress-text">
              已答 {answered} / {total}
            </Text>
            <HomeProgress percent={Math.round((answered / total) * 100)} />
          </View>
          {step && <HomeButton onClick={() => go(step.url)}>{step.label}</HomeButton>}
          {submission.status === 'submitted' && (
            <HomeButton outline onClick={() => void withdrawForm(year).then((view) => view && draft.absorb(view))}>
              撤回修改
            </HomeButton>
          )}
          {submission.status === 'returned' && report.complete && (
            <HomeButton outline onClick={() => go(routes.submit(year))}>
              提交前检查
            </HomeButton>
          )}
        </View>
      )}

      {!draft.unavailable && (
        <HomeCellGroup title="评价指标">
          {rubric.aGroups.map((group) => {
            const score = groupScore(submission, report, group.id)
            return (
              <HomeCell
                key={group.id}
                title={`${group.id} ${group.name}`}
                description={`${groupProgress(group, report)}${score.note}`}
                extra={<ScoreBadge score={score.shown} max={group.max} />}
                onClick={() => go(routes.sections(year, group.id))}
              />
            )
          })}
        </HomeCellGroup>
      )}

      {year === currentYear && <EarlierYears years={societyYears.years} current={currentYear} />}

      <HomeCellGroup>
        <HomeCell
          title="消息"
          onClick={() => go(routes.inbox())}
          extra={
            unread > 0 ? (
              <View className="home__extra">
                <Text className="home__unread" aria-label={`${unread}条未读消息`}>
                  {unread > 99 ? '99+' : unread}
                </Text>
                {arrow}
              </View>
            ) : (
              arrow
            )
          }
        />
        <HomeCell title="我的资料" onClick={() => go(routes.profile())} extra={arrow} />
      </HomeCellGroup>
    </View>
  )
}

/**
 * Sends each user to their own start: unbound users to bind, reviewers to the review list, admins to the admin home. The filler's
 * form (and its submission.get) loads only once the role is known, or when it cannot be known (offline).
 */
export default function Home() {
  const { me, error } = useMe()
  const target = roleHome(me)
  useEffect(() => {
    if (target) void Taro.redirectTo({ url: target })
  }, [target])
  if (target || (!me && !error)) return <HomeWaiting />
  return <FillerHome />
}
