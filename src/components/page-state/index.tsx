import { Text, View } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { EmptyState } from '../empty-state'
import './index.scss'

export { loadErrorText } from './load-error'

/** Where to go instead of retrying, for a failure no retry can mend (a link to a record that does not exist). */
export interface PageExit {
  label: string
  onPress(): void
}

/** 重试 when loading again may help; `exit` when it cannot. */
type PageStateAction = { onRetry(): void; exit?: undefined } | { exit: PageExit; onRetry?: undefined }

/** A whole page waiting for its data, or its data failed to load (`title`, 加载失败 unless said), with its one way on. */
export function PageState({ error, title = '加载失败', ...action }: { error?: string | null; title?: string } & PageStateAction) {
  const { label, onPress } = action.exit ?? { label: '重试', onPress: action.onRetry }
  return (
    <View className="page-state">
      {error ? (
        <>
          <EmptyState icon={<Text className="page-state__icon">!</Text>} imageSize={72} title={title} description={error} />
          <View className="page-state__retry">
            <Button type="primary" onClick={onPress}>
              {label}
            </Button>
          </View>
        </>
      ) : (
        <Loading>加载中…</Loading>
      )}
    </View>
  )
}
