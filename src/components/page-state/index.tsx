import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { EmptyState } from '../empty-state'
import './index.scss'

export { loadErrorText, loadFailureOf, type LoadFailure } from './load-error'

/** The title of a page whose data the server says is not there or not yet (isStateAnswer): no load failed. */
export const NOT_AVAILABLE_TITLE = '暂时不能查看'

/** Where to go instead of retrying, for a failure no retry can mend (a link to a record that does not exist). */
export interface PageExit {
  label: string
  onPress(): void
}

/** Back to the page before, or to `url` when the page was opened by a link (nothing to go back to). */
export const backOr = (label: string, url: string): PageExit => ({
  label,
  onPress: () => void (Taro.getCurrentPages().length > 1 ? Taro.navigateBack() : Taro.redirectTo({ url })),
})

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
