import { useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import { EmptyState } from '../../../components/empty-state'
import { getRubric, rubricItems, type ListScope } from '../../../shared'
import { useCurrentYear } from '../../../features/account'
import { YearPicker } from '../../../components/year-picker'
import { YearNotRead } from '../../../components/year-picker/year-not-read'
import LoadMore from '../../../components/load-more'
import { PageState } from '../../../components/page-state'
import { SCOPES, SORTS, detailUrl, tabsWithCounts, type ListQuery } from './list-query'
import { ListHeader } from './list-header'
import { SubmissionRow } from './submission-row'
import { Chips } from '../../../components/chips'
import { searchProblem, useReviewList } from './use-review-list'
import { YearReports } from './year-reports'
import { RecheckBanner } from '../../../components/recheck-banner'
import { recheckOf, useRechecks } from '../../../components/recheck-banner/use-rechecks'
import './index.scss'

function emptyText(scope: ListScope, filtered: boolean) {
  if (filtered) return { title: '没有符合条件的学会', description: '换个状态或搜索词试试。' }
  if (scope === 'mine') return { title: '还没有分配给您的学会', description: '管理员在“分配审核”中把学会分给您后，会出现在这里；点上方“全部学会”可查看所有学会。' }
  return { title: '还没有登记学会', description: '管理员登记学会后，各学会会出现在这里。' }
}

/** The reviewer's start: every registered society of the year (未开始 too), with counts per status, filtered, searched, sorted, paged. */
export default function ReviewList() {
  const [query, setQuery] = useState<ListQuery>({ search: '', sort: 'updated' })
  const current = useCurrentYear()
  const [picked, setPicked] = useState<number | null>(null)
  const year = picked ?? current
  const itemCount = rubricItems(getRubric(year)).length
  const { listing, error, loading, reload, loadMore } = useReviewList(year, query)
  const change = (patch: Partial<ListQuery>) => setQuery((q) => ({ ...q, ...patch }))
  const rechecks = useRechecks(year, listing)

  // Back from a detail page, the status or score of a row may have changed.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void reload()
    shown.current = true
  })

  // Until the reviewer picks one, the scope is the server's default, known from its answer.
  const shownScope = query.scope ?? listing?.scope
  const filtered = Boolean(query.status || query.search.trim())
  const tooLongSearch = searchProblem(query.search)
  return (
    <View className="review-list">
      <ListHeader year={year} />
      <YearPicker value={year} onChange={setPicked} />
      <YearReports year={year} />
      <RecheckBanner data={rechecks} />
      <Chips className="review-list__scopes" options={SCOPES} value={shownScope} onChange={(scope) => change({ scope })} />
      <Chips className="review-list__tabs" options={tabsWithCounts(listing?.year === year ? listing.counts : undefined)} value={query.status} onChange={(status) => change({ status })} />
      <Input
        className="review-list__search"
        value={query.search}
        placeholder="搜索学会名称"
        clearable
        aria-label="搜索学会名称"
        onChange={(search) => change({ search })}
      />
      {tooLongSearch ? <Text className="review-list__search-error">{tooLongSearch}</Text> : null}
      <Chips className="review-list__sorts" options={SORTS} value={query.sort} onChange={(sort) => change({ sort })} />

      {!listing ? (
        <PageState error={error} onRetry={() => void reload()} />
      ) : listing.year !== year ? (
        // Another year picked: its rows or why they could not be read, never the year before's rows.
        <YearNotRead error={error} onRetry={() => void reload()} />
      ) : listing.rows.length === 0 ? (
        <EmptyState {...emptyText(listing.scope, filtered)} />
      ) : (
        <>
          <Text className="review-list__count">共 {listing.total} 个学会</Text>
          {listing.rows.map((row) => (
            <SubmissionRow
              key={row.societyId}
              row={row}
              itemCount={itemCount}
              recheck={recheckOf(rechecks, row.id)}
              onOpen={() => row.id && void Taro.navigateTo({ url: detailUrl(row.id, { ...query, scope: listing.scope }) })}
            />
          ))}
          <LoadMore shown={listing.rows.length} total={listing.total} loading={loading} onLoad={() => void loadMore()} />
          {error ? <Text className="review-list__error">{error}</Text> : null}
        </>
      )}
    </View>
  )
}
