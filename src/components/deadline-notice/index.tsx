import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { YearStatus } from '../../shared'
import { canAskConsent, requestNotificationConsent } from '../../features/subscribe/request-consent'
import { deadlineText } from './deadline-text'
import './index.scss'

/**
 * The year's 填报截止 for the filler, with a countdown in its last days; in WeChat, a tap to receive one 催报
 * as a subscribe message (each consent covers one message; the inbox has every reminder anyway).
 */
export default function DeadlineNotice({ year }: { year: { year: number; status: YearStatus; deadline: string | null } }) {
  const [consent, setConsent] = useState<'unasked' | 'accepted' | 'refused'>('unasked')
  const shown = deadlineText(year, new Date())
  if (!shown) return null
  const remind = () => {
    void requestNotificationConsent().then((accepted) => setConsent(accepted ? 'accepted' : 'refused'))
  }
  return (
    <View className={`deadline-notice deadline-notice--${shown.tone}`} role="status">
      <Text>{shown.text}</Text>
      {shown.tone !== 'closed' && canAskConsent() ? (
        consent !== 'unasked' ? (
          <Text key="answered" className="deadline-notice__consent deadline-notice__consent--done">
            {consent === 'accepted' ? '已订阅：催报时会收到一次微信提醒' : '未订阅微信提醒，催报仍会出现在“消息”中'}
          </Text>
        ) : (
          <Text key="ask" className="deadline-notice__consent" onClick={remind}>
            截止前提醒我
          </Text>
        )
      ) : null}
    </View>
  )
}
