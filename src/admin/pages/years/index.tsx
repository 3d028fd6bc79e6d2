import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import type { YearSettings } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { PageState } from '../../../components/page-state'
import { YearPicker } from '../../../components/year-picker'
import { useMe } from '../../../features/account'
import { ReminderScheduleCard } from '../../components/reminder-schedule'
import { DeadlineCard } from './deadline-card'
import { ExtensionsCard } from './extensions-card'
import { GradeBandsCard } from './grade-bands-card'
import { OpenYearCard } from './open-year-card'
import { failureText, useYearSettings } from './use-year-settings'
import './index.scss'

/** Closing a year: its results freeze, after a confirmation. */
function CloseYearCard({ year, onClosed }: { year: YearSettings; onClosed(y: YearSettings): void }) {
  const close = async () => {
    const { confirm } = await Taro.showModal({
      title: `结束${year.year}年度`,
      content: '结束后结果冻结：填报人不能再修改或提交，审核员不能再修改审核。此操作不能撤销。',
      confirmText: '结束年度',
      confirmColor: '#fa2c19',
    })
    if (!confirm) return
    try {
      onClosed(await callAction('admin.closeYear', { year: year.year }))
    } catch (e) {
      void Taro.showToast({ title: failureText(e), icon: 'none' })
    }
  }
  return (
    <View className="years__card">
      <Text className="years__card-title">结束{year.year}年度</Text>
      <Text className="years__hint">全部审核完成后结束年度，结果冻结，不再修改。</Text>
      <Button size="small" fill="outline" type="danger" onClick={() => void close()}>
        结束{year.year}年度
      </Button>
    </View>
  )
}

/**
 * 年度设置: any year picked at the top (the current one first): its deadline, extensions and grade bands; open
 * the next year; close an open one. A closed year is shown read-only.
 */
export default function YearsPage() {
  const { data, error, reload, replace } = useYearSettings()
  const { refresh: refreshMe } = useMe()
  const [picked, setPicked] = useState<number | null>(null)
  if (!data) return <PageState error={error} onRetry={() => void reload()} />
  const { current, years, societies } = data
  const shown = years.find((y) => y.year === (picked ?? current)) ?? years[0]!
  const isCurrent = shown.year === current
  const open = shown.status === 'open'

  const opened = () => {
    setPicked(null)
    void reload()
    void refreshMe()
  }

  return (
    <View className="years">
      <YearPicker value={shown.year} onChange={setPicked} years={years} />
      <View className="years__head">
        <Text className="years__title">{isCurrent ? `当前年度：${shown.year}年度` : `${shown.year}年度`}</Text>
        <Tag type={open ? 'primary' : 'default'}>{open ? '填报中' : '已关闭'}</Tag>
      </View>
      <Text className="years__subtitle">{shown.title}</Text>
      {!open && <Text className="years__closed">{shown.year}年度已关闭，结果已冻结，以下设置只能查看。</Text>}
      <View className="years__grid" key={shown.year}>
        <DeadlineCard year={shown} onSaved={replace} />
        <ExtensionsCard year={shown} societies={societies} onSaved={replace} />
        <ReminderScheduleCard year={shown} onSaved={replace} />
        <GradeBandsCard year={shown} onSaved={replace} />
        {isCurrent && open && <OpenYearCard current={shown} onOpened={opened} />}
        {open && <CloseYearCard year={shown} onClosed={replace} />}
      </View>
    </View>
  )
}
