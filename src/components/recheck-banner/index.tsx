import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { chineseDate } from '../../shared'
import { routes } from '../../shared/routes'
import type { Rechecks } from './use-rechecks'
import './index.scss'

/**
 * 公示 and 复核中 at the top of the reviewer's list and the admin's 填报进度: until when results are published,
 * how many societies wait for a 复核 answer (each a tap away), how many were answered. Nothing before a 公示.
 */
export function RecheckBanner({ data }: { data: Rechecks | null }) {
  if (!data || (!data.publication && data.pending.length === 0)) return null
  return (
    <View className="recheck-banner">
      <View className="recheck-banner__head">
        <Text className="recheck-banner__title">复核中 {data.pending.length}</Text>
        <Text className="recheck-banner__meta">
          {data.publication ? `公示至${chineseDate(data.publication.until)}` : ''}
          {data.answered > 0 ? ` · 已复核 ${data.answered}` : ''}
        </Text>
      </View>
      {data.pending.map((p) => (
        <View
          key={p.submissionId}
          className="recheck-banner__row"
          ariaRole="button"
          onClick={() => void Taro.navigateTo({ url: routes.reviewerDetail(p.submissionId) })}
        >
          <Text className="recheck-banner__name">{p.societyName}</Text>
          <Text className="recheck-banner__items">{p.items.join('、')}</Text>
        </View>
      ))}
    </View>
  )
}
