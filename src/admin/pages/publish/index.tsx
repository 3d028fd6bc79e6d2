import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ActionError, chineseDate, type ActionOutput } from '../../../shared'
import { routes } from '../../../shared/routes'
import { callAction } from '../../../services/cloud'
import { useCurrentYear } from '../../../features/account'
import { PageState, loadErrorText } from '../../../components/page-state'
import { RecheckBanner } from '../../../components/recheck-banner'
import { DateField } from '../../components/date-field'
import { errorText } from '../../components/field-check'
import './index.scss'

type Rechecks = ActionOutput<'review.rechecks'>

/** Active societies not finalized yet, as the server counts them when it refuses a full publication. */
const unfinishedOf = (e: unknown): number | null => {
  const n = e instanceof ActionError && e.code === 'INVALID_STATE' ? (e.details as { unfinished?: unknown } | undefined)?.unfinished : null
  return typeof n === 'number' ? n : null
}

/** 结果公示: publish the year's results until a day (societies may ask 复核 until then), and follow the requests. */
export default function PublishPage() {
  const year = useCurrentYear()
  const [state, setState] = useState<Rechecks | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [until, setUntil] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  const load = async () => {
    setError(null)
    try {
      const loaded = await callAction('review.rechecks', { year })
      setState(loaded)
      setUntil((u) => u ?? loaded.publication?.until ?? null)
    } catch (e) {
      setError(loadErrorText(e))
    }
  }
  useEffect(() => void load(), [year])
  if (!state) return <PageState error={error} onRetry={() => void load()} />

  const publish = async (partial: boolean) => {
    if (!until) {
      setMessage('请选择公示截止日期')
      return
    }
    setSending(true)
    setMessage(null)
    try {
      const done = await callAction('admin.publishResults', { year, until, ...(partial ? { partial } : {}) })
      await load()
      setMessage(`已公示${done.published}个学会，公示至${chineseDate(until)}；已通知${done.notified}个学会。`)
    } catch (e) {
      const unfinished = unfinishedOf(e)
      if (unfinished !== null && !partial) {
        const { confirm } = await Taro.showModal({
          title: '部分公示',
          content: `${errorText(e, '')}\n\n只公示已审核的学会？其余学会审核后自动列入公示名单。`,
          confirmText: '部分公示',
          confirmColor: '#1f6fd6',
        })
        if (confirm) return publish(true)
      } else {
        setMessage(errorText(e, '公示失败，请重试'))
      }
    } finally {
      setSending(false)
    }
  }

  const published = state.publication
  return (
    <View className="publish">
      <Text className="publish__title">{year}年度结果公示</Text>
      <View className="publish__card">
        <Text className="publish__heading">{published ? '公示中' : '尚未公示'}</Text>
        <Text className="publish__help">
          {published
            ? `公示至${chineseDate(published.until)}（含当天）${published.partial ? '，部分公示' : ''}。可以延长或提前公示截止日期；已通知的学会不会再次通知。`
            : '公示后，每个已审核的学会收到通知，所有用户可查看各学会的等级（不含分数）；学会可在截止日前申请复核一次。'}
        </Text>
        <View className="publish__row">
          <Text className="publish__label">公示截止日期</Text>
          <DateField label="公示截止日期" value={until} onChange={setUntil} />
        </View>
        {message ? <Text className="publish__message">{message}</Text> : null}
        <View className="publish__actions">
          <Button type="primary" loading={sending} disabled={sending} onClick={() => void publish(false)}>
            {published ? '更新公示截止日期' : '公示结果'}
          </Button>
          {published ? (
            <Button fill="outline" type="primary" onClick={() => void Taro.navigateTo({ url: routes.publicResults(year) })}>
              查看公示名单
            </Button>
          ) : null}
        </View>
      </View>
      <RecheckBanner data={state} />
      {published && state.pending.length === 0 ? (
        <Text className="publish__help">没有待答复的复核申请{state.answered > 0 ? `，已答复${state.answered}个` : ''}。全部答复后可在“年度设置”中结束年度。</Text>
      ) : null}
    </View>
  )
}
