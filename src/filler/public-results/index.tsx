import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import { chineseDate, type ActionOutput } from '../../shared'
import { callAction } from '../../services/cloud'
import { useCurrentYear } from '../../features/account'
import { NOT_AVAILABLE_TITLE, PageState, backOr, loadFailureOf, type LoadFailure } from '../../components/page-state'
import { routes } from '../../shared/routes'
import { EmptyState } from '../../components/empty-state'
import './index.scss'

type PublicResults = ActionOutput<'report.publicResults'>

const GRADE_TAG: Record<string, 'success' | 'primary' | 'warning' | 'danger'> = { 优秀: 'success', 良好: 'primary', 合格: 'warning', 不合格: 'danger' }

/** 公示: every finalized society of the year with its grade (never its scores), for every signed-in user. */
export default function PublicResultsPage() {
  const year = useCurrentYear(useRouter().params.year)
  const [data, setData] = useState<PublicResults | null>(null)
  const [error, setError] = useState<LoadFailure | null>(null)
  const load = async () => {
    setError(null)
    try {
      setData(await callAction('report.publicResults', { year }))
    } catch (e) {
      setError(loadFailureOf(e))
    }
  }
  useEffect(() => void load(), [year])
  // Not published yet (or the year not opened): said as it is, with the way back, not as a failure to retry.
  if (!data && error?.lasting) return <PageState title={NOT_AVAILABLE_TITLE} error={error.text} exit={backOr('返回', routes.home(year))} />
  if (!data) return <PageState error={error?.text} onRetry={() => void load()} />
  const { publication, rows, open } = data
  return (
    <View className="public-results">
      <Text className="public-results__title">{year}年度绩效评价结果公示</Text>
      <Text className="public-results__note">
        {open ? `公示至${chineseDate(publication.until)}（含当天）` : `公示已于${chineseDate(publication.until)}结束`}
        {publication.partial ? '；尚有学会未审核完成，审核后列入。' : '。'}
      </Text>
      {rows.length === 0 ? (
        <EmptyState title="还没有公示的学会" description="审核完成的学会会列在这里。" />
      ) : (
        <View className="public-results__list">
          <Text className="public-results__count">共 {rows.length} 个学会</Text>
          {rows.map((row) => (
            <View key={row.societyId} className="public-results__row">
              <Text className="public-results__name">{row.societyName}</Text>
              <View className="public-results__tags">
                {row.changedOnRecheck ? <Text className="public-results__changed">复核调整</Text> : null}
                <Tag type={GRADE_TAG[row.grade] ?? 'default'}>{row.grade}</Tag>
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
