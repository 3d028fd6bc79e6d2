import { Button } from '@nutui/nutui-react-taro'

interface LoadMoreProps {
  shown: number
  total: number
  loading: boolean
  onLoad(): void
}

/** The "load more" button under a paged list; absent once every row is shown. */
export default function LoadMore({ shown, total, loading, onLoad }: LoadMoreProps) {
  if (shown >= total) return null
  return (
    <Button block fill="none" loading={loading} onClick={onLoad}>
      加载更多
    </Button>
  )
}
