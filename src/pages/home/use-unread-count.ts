import { useCallback, useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { callAction } from '../../services/cloud'

/** The number of unread messages, read again each time the page shows (back from the inbox it may have dropped). */
export function useUnreadCount(): number {
  const [unread, setUnread] = useState(0)
  const load = useCallback(() => {
    callAction('notifications.unreadCount', {})
      .then((result) => setUnread(result.unread))
      .catch(() => undefined) // A badge is a hint; the inbox itself shows the server's truth.
  }, [])
  useEffect(load, [load])
  useDidShow(load)
  return unread
}
