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

/**
 * A whole page waiting for its data, or its data failed to load (`title`, 加载失败 unless said): with 重试, or with
 * `exit` when trying again cannot help.
 */
export function PageState({ error, onRetry, exit, title = '加载失败' }: { error?: string | null; onRetry(): void; exit?: PageExit; title?: string }) {
  return (
    <View className="page-state">
      {error ? (
        <>
          <EmptyState icon={<Text className="page-state__icon">!</Text>} imageSize={72} title={title} description={error} />
          <View className="page-state__retry">
            <Button type="primary" onClick={exit ? exit.onPress : onRetry}>
              {exit ? exit.label : '重试'}
            </Button>
          </View>
        </>
      ) : (
        <Loading>加载中…</Loading>
      )}
    </View>
  )
}
