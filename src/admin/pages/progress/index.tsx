import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { EmptyState } from '../../../components/empty-state'
import { PROGRESS_LABEL, PROGRESS_STATUSES, type ActionOutput } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { PageState, loadErrorText } from '../../../components/page-state'
import { errorText } from '../../components/field-check'
import { useCurrentYear } from '../../../features/account'
import { YearPicker, useYears } from '../../../components/year-picker'
import { YearNotRead } from '../../../components/year-picker/year-not-read'
import LoadMore from '../../../components/load-more'
import { useShownRows } from '../../../components/load-more/use-shown-rows'
import { PAGE_ROWS } from '../societies/society-filter'
import { PendingRow } from './pending-row'
import { creditSummary, remindOutcome, remindTitle } from './delivery-text'
import { RecheckBanner } from '../../../components/recheck-banner'
import { useRechecks } from '../../../components/recheck-banner/use-rechecks'
import './index.scss'

type Progress = ActionOutput<'admin.progress'>

/** 填报进度: counts per status, the societies not yet submitted (call them), and 催报 to a selection. */
export default function ProgressPage() {
  const currentYear = useCurrentYear()
  const years = useYears()
  const [picked, setPicked] = useState<number | null>(null)
  const year = picked ?? currentYear
  // A closed year's progress is a record: no 催报.
  const closed = years.years?.find((y) => y.year === year)?.status === 'closed'
  const [progress, setProgress] = useState<Progress | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [sending, setSending] = useState(false)

  const asked = useRef(year)
  const load = async () => {
    asked.current = year
    setError(null)
    try {
      const answer = await callAction('admin.progress', { year })
      // Years picked in quick turns answer in any order: only the year asked last is taken.
      if (asked.current === year) setProgress(answer)
    } catch (e) {
      if (asked.current === year) setError(loadErrorText(e))
    }
  }
  useEffect(() => {
    setSelected(new Set())
    void load()
  }, [year])

  const rechecks = useRechecks(year, progress)
  const pending = progress?.pending ?? []
  const page = useShownRows(pending, PAGE_ROWS)
  if (!progress) return <PageState error={error} onRetry={() => void load()} />
  const allSelected = pending.length > 0 && pending.every((s) => selected.has(s.societyId))
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const remind = async () => {
    const { confirm } = await Taro.showModal({
      title: '催报',
      content: `向所选${selected.size}个学会的填报人发送催报消息？`,
      confirmText: '发送',
    })
    if (!confirm) return
    setSending(true)
    try {
      const { results } = await callAction('admin.remind', { year, societyIds: [...selected] })
      setSelected(new Set())
      await load()
      void Taro.showModal({ title: remindTitle(results), content: remindOutcome(results), showCancel: false })
    } catch (e) {
      void Taro.showToast({ title: errorText(e, '发送失败，请重试'), icon: 'none' })
    } finally {
      setSending(false)
    }
  }

  // Another year's progress is never shown under the year picked, nor its societies offered for 催报.
  if (progress.year !== year) {
    return (
      <View className="progress">
        <YearPicker value={year} onChange={setPicked} years={years.years} />
        <Text className="progress__title">{year}年度填报进度</Text>
        <YearNotRead error={error} onRetry={() => void load()} />
      </View>
    )
  }
  const total = PROGRESS_STATUSES.reduce((n, s) => n + progress.counts[s], 0)
  return (
    <View className="progress">
      <YearPicker value={year} onChange={setPicked} years={years.years} />
      <Text className="progress__title">{progress.year}年度填报进度（共{total}个学会）</Text>
      {closed && <Text className="progress__closed">{progress.year}年度已关闭，进度只能查看，不能催报。</Text>}
      <View className="progress__counts">
        {PROGRESS_STATUSES.map((status) => (
          <View key={status} className={`progress__count progress__count--${status}`}>
            <Text className="progress__count-n">{progress.counts[status]}</Text>
            <Text className="progress__count-label">{PROGRESS_LABEL[status]}</Text>
          </View>
        ))}
      </View>
      <RecheckBanner data={rechecks} />

      <View className="progress__list-head">
        <Text className="progress__subtitle">未提交（{pending.length}）</Text>
        {pending.length > 0 && !closed && (
          <Button size="small" fill="none" onClick={() => setSelected(allSelected ? new Set() : new Set(pending.map((s) => s.societyId)))}>
            {allSelected ? '取消全选' : `全选（${pending.length}个）`}
          </Button>
        )}
      </View>
      {pending.length > 0 && <Text className="progress__credit-summary">{creditSummary(pending)}</Text>}
      {pending.length === 0 ? (
        <EmptyState title="全部学会都已提交" description="没有需要催报的学会。" />
      ) : (
        <>
          {page.visible.map((society) => (
            <PendingRow
              key={society.societyId}
              society={society}
              selected={selected.has(society.societyId)}
              onToggle={closed ? undefined : () => toggle(society.societyId)}
            />
          ))}
          <LoadMore {...page.more} />
        </>
      )}

      {pending.length > 0 && !closed && (
        <View className="progress__bar">
          <Text className="progress__bar-text">已选 {selected.size} 个学会</Text>
          <Button type="primary" disabled={selected.size === 0 || sending} loading={sending} onClick={() => void remind()}>
            催报所选
          </Button>
        </View>
      )}
    </View>
  )
}
