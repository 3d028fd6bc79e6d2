import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { YearComparison } from '../../shared'
import { routes } from '../../shared/routes'
import { callAction } from '../../services/cloud'
import './year-compare.scss'

const VIEWS = [
  ['groups', '各组平均分'],
  ['grades', '等级分布'],
  ['changes', '等级变化'],
] as const
type CompareView = (typeof VIEWS)[number][0]

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `${n}` : '±0')
const round1 = (n: number) => Math.round(n * 10) / 10

/** The chosen year beside the one before: group averages, the spread of grades, societies whose grade moved. */
export function YearCompare({ year }: { year: number }) {
  const [data, setData] = useState<YearComparison | null>(null)
  const [failed, setFailed] = useState(false)
  const [view, setView] = useState<CompareView>('groups')
  useEffect(() => {
    setData(null)
    setFailed(false)
    callAction('report.compareYears', { year }).then(setData, () => setFailed(true))
  }, [year])

  if (failed) return <Text className="compare__empty">与上一年度的比较未能读取，请稍后重试。</Text>
  if (!data) return null
  if (data.previousYear === null) return null
  const before = data.previousYear
  return (
    <View className="compare">
      <Text className="compare__title">
        与{before}年度比较（{before}年度计入{data.previousCounted}份，{year}年度计入{data.counted}份）
      </Text>
      <View className="compare__tabs">
        {VIEWS.map(([key, label]) => (
          <Text key={key} className={`compare__tab${key === view ? ' compare__tab--on' : ''}`} onClick={() => setView(key)}>
            {key === 'changes' ? `${label}（${data.changes.length}）` : label}
          </Text>
        ))}
      </View>
      {view === 'groups' &&
        data.groups.map((g) => (
          <View key={g.id} className={`compare__row${g.level === 'B' ? ' compare__row--nested' : ''}`}>
            <Text className="compare__name">
              {g.id} {g.name}
            </Text>
            <Text className="compare__figures">
              {g.previousAverage ?? '—'} → {g.average}（满分{g.max}）
              {g.previousAverage !== null ? ` ${signed(round1(g.average - g.previousAverage))}` : ''}
            </Text>
          </View>
        ))}
      {view === 'grades' &&
        data.grades.map((g) => (
          <View key={g.label} className="compare__row">
            <Text className="compare__name">{g.label}</Text>
            <Text className="compare__figures">
              {before}年度 {g.previousCount} 个 → {year}年度 {g.count} 个（{signed(g.count - g.previousCount)}）
            </Text>
          </View>
        ))}
      {view === 'changes' &&
        (data.changes.length === 0 ? (
          <Text className="compare__empty">两年都已审核的学会中，没有等级变化的。</Text>
        ) : (
          data.changes.map((c) => (
            <View
              key={c.societyId}
              className={`compare__row compare__row--link compare__row--${c.direction}`}
              onClick={() => void Taro.navigateTo({ url: routes.reviewerDetail(c.submissionId) })}
            >
              <Text className="compare__name">{c.societyName}</Text>
              <Text className="compare__figures">
                {c.direction === 'up' ? '↑' : '↓'} {c.previousGrade} {c.previousTotal}分 → {c.grade} {c.total}分 ›
              </Text>
            </View>
          ))
        ))}
    </View>
  )
}
