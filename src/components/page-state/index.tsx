import { Text, View } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { EmptyState } from '../empty-state'
import './index.scss'

export { loadErrorText } from './load-error'

/** A whole page waiting for its data, or its data failed to load (with a retry). */
export function PageState({ error, onRetry }: { error?: string | null; onRetry(): void }) {
  return (
    <View className="page-state">
      {error ? (
        <>
          <EmptyState icon={<Text className="page-state__icon">!</Text>} imageSize={72} title="加载失败" description={error} />
          <View className="page-state__retry">
            <Button type="primary" onClick={onRetry}>
              重试
            </Button>
          </View>
        </>
      ) : (
        <Loading>加载中…</Loading>
      )}
    </View>
  )
}
