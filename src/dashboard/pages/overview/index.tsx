import { useEffect, useRef, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Dashboard } from '../../../shared'
import { useCurrentYear } from '../../../features/account/current-year'
import { callAction } from '../../../services/cloud'
import { NOT_AVAILABLE_TITLE, PageState, backOr, loadFailureOf, type LoadFailure } from '../../../components/page-state'
import { routes } from '../../../shared/routes'
import { ColumnChart, MeterList } from '../../components/bar-chart'
import { StatusTiles } from '../../components/status-tiles'
import { YearCompare } from '../../components/year-compare'
import { YearPicker } from '../../../components/year-picker'
import { YearNotRead } from '../../../components/year-picker/year-not-read'
import './index.scss'

function Card({ title, note, children }: { title: string; note?: string; children: React.ReactNode }) {
  return (
    <View className="dash__card">
      <Text className="dash__card-title">{title}</Text>
      {note ? <Text className="dash__card-note">{note}</Text> : null}
      {children}
    </View>
  )
}

const BASIS = '已提交、退回和已审核的填报；已审核的按审核得分，其余按自评分'

/** One year's figures: counts, the spread of totals, group averages, where points are lost. */
function YearFigures({ data }: { data: Dashboard }) {
  return (
    <>
      <Text className="dash__subtitle">
        共 {data.societies} 个学会，其中 {data.counted} 份填报计入下列统计（已提交、退回修改和已审核的）
      </Text>
      <StatusTiles counts={data.statusCounts} />
      <YearCompare year={data.year} />
      {data.counted === 0 ? (
        <View className="dash__card">
          <Text className="dash__empty">还没有学会提交自评表。学会提交后，这里会显示总分分布、各组平均分和失分最多的指标。</Text>
        </View>
      ) : (
        <View className="dash__grid">
          <Card title="总分分布" note={BASIS}>
            <ColumnChart
              unit={`横轴：分数段起点（每段${data.histogram[0]?.to ?? 10}分，末段含满分）；柱上数字：份数`}
              columns={data.histogram.map((b) => ({ label: String(b.from), value: b.count }))}
            />
            <View className="dash__grades">
              {data.grades.map((g) => (
                <Text key={g.label} className="dash__grade">
                  {g.label}（≥{g.min}）：{g.count}
                </Text>
              ))}
            </View>
          </Card>
          <Card title="各组平均分与满分" note={BASIS}>
            <MeterList
              meters={data.groups.map((g) => ({ key: g.id, label: `${g.id} ${g.name}`, value: g.average, max: g.max, nested: g.level === 'B' }))}
            />
          </Card>
          <Card title="失分最多的指标" note="低于满分的填报份数，多的在前">
            {data.weakItems.length === 0 ? (
              <Text className="dash__empty">所有指标都拿到了满分。</Text>
            ) : (
              data.weakItems.map((item) => (
                <View key={item.id} className="dash__weak">
                  <View className="dash__weak-head">
                    <Text className="dash__weak-id">{item.id}</Text>
                    <Text className="dash__weak-count">
                      {item.below}/{data.counted} 份未满分 · 平均 {item.average}/{item.max}
                    </Text>
                  </View>
                  <Text className="dash__weak-text">{item.indicator}</Text>
                </View>
              ))
            )}
          </Card>
          <Card title="日期不在本年度的证明照片" note="照片上识别出的日期都不在本年度，按指标计，多的在前（仅供参考）">
            {(data.outsideYearItems ?? []).length === 0 ? (
              <Text className="dash__empty">尚未发现日期不在本年度的照片。</Text>
            ) : (
              (data.outsideYearItems ?? []).map((item) => (
                <View key={item.id} className="dash__weak">
                  <View className="dash__weak-head">
                    <Text className="dash__weak-id">{item.id}</Text>
                    <Text className="dash__weak-count">
                      {item.photos}张 · {item.societies}个学会
                    </Text>
                  </View>
                  <Text className="dash__weak-text">{item.indicator}</Text>
                </View>
              ))
            )}
          </Card>
        </View>
      )}
    </>
  )
}

/** The year at a glance for reviewers and the admin: progress, the spread of totals, where points are lost. */
export default function Overview() {
  const linkedYear = useCurrentYear(useRouter().params.year)
  const [picked, setPicked] = useState<number | null>(null)
  const year = picked ?? linkedYear
  const [data, setData] = useState<Dashboard | null>(null)
  const [error, setError] = useState<LoadFailure | null>(null)
  const asked = useRef(year)
  const load = () => {
    asked.current = year
    setError(null)
    // Only the answer for the year asked last is taken: years picked in quick turns answer in any order.
    callAction('report.dashboard', { year }).then(
      (answer) => void (asked.current === year && setData(answer)),
      (e: unknown) => void (asked.current === year && setError(loadFailureOf(e))),
    )
  }
  useEffect(load, [year])

  // A link to a year not opened: said as it is, with the way back (to the role's home when opened by the link).
  if (!data && error?.lasting) return <PageState title={NOT_AVAILABLE_TITLE} error={error.text} exit={backOr('返回', routes.home())} />
  if (!data) return <PageState error={error?.text} onRetry={load} />
  // Switching years, the figures shown are the year picked or none: never another year's under its title.
  const shown = data.year === year ? data : null
  return (
    <View className="dash">
      <YearPicker value={year} onChange={setPicked} />
      <Text className="dash__title">{year}年度统计看板</Text>
      {shown ? <YearFigures data={shown} /> : <YearNotRead error={error?.text ?? null} onRetry={error?.lasting ? undefined : load} />}
    </View>
  )
}
