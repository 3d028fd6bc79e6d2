import { useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import { EmptyState } from '../../../components/empty-state'
import { CURRENT_YEAR, getRubric, rubricItems } from '../../../shared'
import { routes } from '../../../shared/routes'
import LoadMore from '../../../components/load-more'
import { PageState } from '../../../components/page-state'
import { SORTS, STATUS_TABS, type ListQuery } from './list-query'
import { SubmissionRow } from './submission-row'
import { Chips } from './chips'
import { useReviewList } from './use-review-list'
import { YearReports } from './year-reports'
import './index.scss'

const YEAR = CURRENT_YEAR
const ITEM_COUNT = rubricItems(getRubric(YEAR)).length

/** The reviewer's start: every society's submission of the year, filtered, searched, sorted, paged. */
export default function ReviewList() {
  const [query, setQuery] = useState<ListQuery>({ search: '', sort: 'updated' })
  const { listing, error, loading, reload, loadMore } = useReviewList(YEAR, query)
  const change = (patch: Partial<ListQuery>) => setQuery((q) => ({ ...q, ...patch }))

  // Back from a detail page, the status or score of a row may have changed.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void reload()
    shown.current = true
  })

  const filtered = Boolean(query.status || query.search.trim())
  return (
    <View className="review-list">
      <Text className="review-list__title">{YEAR}年度学会自评填报</Text>
      <YearReports year={YEAR} />
      <Chips className="review-list__tabs" options={STATUS_TABS} value={query.status} onChange={(status) => change({ status })} />
      <Input
        className="review-list__search"
        value={query.search}
        placeholder="搜索学会名称"
        clearable
        aria-label="搜索学会名称"
        onChange={(search) => change({ search })}
      />
      <Chips className="review-list__sorts" options={SORTS} value={query.sort} onChange={(sort) => change({ sort })} />

      {!listing ? (
        <PageState error={error} onRetry={() => void reload()} />
      ) : listing.rows.length === 0 ? (
        <EmptyState
          title={filtered ? '没有符合条件的填报' : '还没有学会提交'}
          description={filtered ? '换个状态或搜索词试试。' : '学会提交后会出现在这里。'}
        />
      ) : (
        <>
          <Text className="review-list__count">共 {listing.total} 份</Text>
          {listing.rows.map((row) => (
            <SubmissionRow
              key={row.id}
              row={row}
              itemCount={ITEM_COUNT}
              onOpen={() => void Taro.navigateTo({ url: routes.reviewerDetail(row.id) })}
            />
          ))}
          <LoadMore shown={listing.rows.length} total={listing.total} loading={loading} onLoad={() => void loadMore()} />
          {error ? <Text className="review-list__error">{error}</Text> : null}
        </>
      )}
    </View>
  )
}
