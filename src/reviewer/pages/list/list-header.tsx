import { useEffect, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { callAction } from '../../../services/cloud'
import { routes } from '../../../shared/routes'

/** The list's title with the reviewer's way to the inbox (with the unread count) and to the profile. */
export function ListHeader({ year }: { year: number }) {
  const [unread, setUnread] = useState(0)
  const refresh = () => {
    callAction('notifications.unreadCount', {})
      .then((r) => setUnread(r.unread))
      .catch(() => undefined)
  }
  useEffect(refresh, [])
  // Back from the inbox, some may have been read.
  useDidShow(refresh)
  return (
    <View className="review-list__header">
      <Text className="review-list__title">{year}年度学会自评审核</Text>
      <View className="review-list__links">
        <Text className="review-list__link" onClick={() => void Taro.navigateTo({ url: routes.inbox() })}>
          消息{unread > 0 ? <Text className="review-list__unread">{unread > 99 ? '99+' : unread}</Text> : null}
        </Text>
        <Text className="review-list__link" onClick={() => void Taro.navigateTo({ url: routes.profile() })}>
          我的
        </Text>
      </View>
    </View>
  )
}
