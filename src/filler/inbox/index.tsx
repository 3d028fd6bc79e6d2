import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import { EmptyState } from '../../components/empty-state'
import LoadMore from '../../components/load-more'
import { PageState, loadErrorText } from '../../components/page-state'
import { MAX_PAGE_SIZE, NOTIFICATION_KIND_LABEL, pageOfYear, type Notification } from '../../shared'
import { currentPageUrl } from '../../shared/routes'
import { callAction } from '../../services/cloud'
import { formatDateTime } from '../../features/format/date-time'
import { readPage } from '../../features/paging/paged-list'
import './index.scss'

const PAGE_SIZE = 20
const KIND_TAG: Record<Notification['kind'], 'danger' | 'success' | 'primary' | 'warning'> = {
  returned: 'danger',
  reviewed: 'success',
  submitted: 'primary',
  resubmitted: 'primary',
  reminder: 'warning',
  withdrawn: 'warning',
  'recheck-requested': 'warning',
  published: 'primary',
  rechecked: 'success',
}

const newestFirst = (rows: Notification[]): Notification[] => [...rows].sort((a, b) => b.createdAt.localeCompare(a.createdAt))

interface Inbox {
  rows: Notification[]
  total: number
  unread: number
  /** The pages read so far. */
  page: number
}

export default function InboxPage() {
  const [inbox, setInbox] = useState<Inbox | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const shown = useRef<Inbox | null>(null)
  shown.current = inbox

  const load = async (page: number) => {
    setError(null)
    try {
      // A message that came while the filler read the first pages is found by readPage, which reads them again.
      const result = await readPage(page, {
        shown: page === 1 ? null : shown.current,
        keyOf: (n) => n.id,
        pageSize: PAGE_SIZE,
        maxPageSize: MAX_PAGE_SIZE,
        fetch: (n, pageSize) => callAction('notifications.list', { page: n, pageSize }),
      })
      setInbox({ rows: newestFirst(result.rows), total: result.total, unread: result.unread, page: result.page })
    } catch (e) {
      setError(loadErrorText(e))
    }
  }
  useEffect(() => void load(1), [])

  const markRead = (ids: string[] | 'all') => {
    setInbox((current) =>
      current && {
        ...current,
        rows: current.rows.map((n) => (ids === 'all' || ids.includes(n.id) ? { ...n, read: true } : n)),
        unread: ids === 'all' ? 0 : Math.max(0, current.unread - ids.length),
      },
    )
    callAction('notifications.markRead', ids === 'all' ? { all: true } : { ids })
      .then(({ unread }) => setInbox((current) => current && { ...current, unread }))
      .catch(() => undefined) // Read marks are a convenience; the next load shows the server's truth.
  }

  const open = (n: Notification) => {
    if (!n.read) markRead([n.id])
    void Taro.navigateTo({ url: currentPageUrl(pageOfYear(n.page, n.body)) })
  }

  const loadMore = async () => {
    if (!inbox) return
    setLoadingMore(true)
    await load(inbox.page + 1)
    setLoadingMore(false)
  }

  if (!inbox) return <PageState error={error} onRetry={() => void load(1)} />
  if (inbox.rows.length === 0) {
    return (
      <View className="inbox inbox--center">
        <EmptyState icon={<Text className="inbox__empty-icon">✉</Text>} title="暂无消息" description="审核结果出来后会在这里通知您。" />
      </View>
    )
  }

  return (
    <View className="inbox">
      <View className="inbox__bar">
        <Text className="inbox__summary">{inbox.unread > 0 ? `${inbox.unread} 条未读` : '没有未读消息'}</Text>
        {inbox.unread > 0 ? (
          <Button size="small" fill="outline" type="primary" onClick={() => markRead('all')}>
            全部已读
          </Button>
        ) : null}
      </View>
      {inbox.rows.map((n) => (
        <View key={n.id} className={`inbox__row${n.read ? '' : ' inbox__row--unread'}`} onClick={() => open(n)}>
          <View className="inbox__head">
            {n.read ? null : <View className="inbox__dot" aria-label="未读" />}
            <Text className="inbox__title">{n.title}</Text>
            <Tag type={KIND_TAG[n.kind]}>{NOTIFICATION_KIND_LABEL[n.kind]}</Tag>
          </View>
          <Text className="inbox__body">{n.body}</Text>
          <Text className="inbox__time">{formatDateTime(n.createdAt)}</Text>
        </View>
      ))}
      <LoadMore shown={inbox.rows.length} total={inbox.total} loading={loadingMore} onLoad={() => void loadMore()} />
      {error ? <Text className="inbox__error">{error}</Text> : null}
    </View>
  )
}
