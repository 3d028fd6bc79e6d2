import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import { YEAR_STATUS_LABEL } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { PageState } from '../../../components/page-state'
import { useMe } from '../../../features/account'
import { ReminderScheduleCard } from '../../components/reminder-schedule'
import { DeadlineCard } from './deadline-card'
import { ExtensionsCard } from './extensions-card'
import { GradeBandsCard } from './grade-bands-card'
import { OpenYearCard } from './open-year-card'
import { failureText, useYearSettings } from './use-year-settings'
import './index.scss'

/** 年度设置: the current year's deadline, extensions and grade bands; open the next year; close this one. */
export default function YearsPage() {
  const { data, error, reload, replace } = useYearSettings()
  const { refresh: refreshMe } = useMe()
  if (!data) return <PageState error={error} onRetry={() => void reload()} />
  const { current, societies } = data

  const close = async () => {
    const { confirm } = await Taro.showModal({
      title: `结束${current.year}年度`,
      content: '结束后结果冻结：填报人不能再修改或提交，审核员不能再修改审核。此操作不能撤销。',
      confirmText: '结束年度',
      confirmColor: '#fa2c19',
    })
    if (!confirm) return
    try {
      replace(await callAction('admin.closeYear', { year: current.year }))
    } catch (e) {
      void Taro.showToast({ title: failureText(e), icon: 'none' })
    }
  }
  const opened = () => {
    void reload()
    void refreshMe()
  }

  return (
    <View className="years">
      <View className="years__head">
        <Text className="years__title">当前年度：{current.year}年度</Text>
        <Tag type={current.status === 'open' ? 'primary' : 'default'}>{YEAR_STATUS_LABEL[current.status]}</Tag>
      </View>
      <Text className="years__subtitle">{current.title}</Text>
      <View className="years__grid">
        <DeadlineCard year={current} onSaved={replace} />
        <ExtensionsCard year={current} societies={societies} onSaved={replace} />
        <ReminderScheduleCard year={current} onSaved={replace} />
        <GradeBandsCard year={current} onSaved={replace} />
        {current.status === 'open' && <OpenYearCard current={current} onOpened={opened} />}
        {current.status === 'open' && (
          <View className="years__card">
            <Text className="years__card-title">结束{current.year}年度</Text>
            <Text className="years__hint">全部审核完成后结束年度，结果冻结，不再修改。</Text>
            <Button size="small" fill="outline" type="danger" onClick={() => void close()}>
              结束{current.year}年度
            </Button>
          </View>
        )}
      </View>
    </View>
  )
}
