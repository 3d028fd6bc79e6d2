import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { YearStatus } from '../../shared'
import { canAskConsent, requestNotificationConsent, type ConsentOutcome } from '../../features/subscribe/request-consent'
import { deadlineText } from './deadline-text'
import './index.scss'

/**
 * The year's 填报截止 for the filler, with a countdown in its last days; in WeChat, a tap to receive one 催报
 * as a subscribe message (each consent covers one message; the inbox has every reminder anyway).
 */
export default function DeadlineNotice({ year }: { year: { year: number; status: YearStatus; deadline: string | null } }) {
  const [consent, setConsent] = useState<'unasked' | ConsentOutcome>('unasked')
  const shown = deadlineText(year, new Date())
  if (!shown) return null
  const remind = () => {
    void requestNotificationConsent().then(setConsent)
  }
  return (
    <View className={`deadline-notice deadline-notice--${shown.tone}`} role="status">
      <Text>{shown.text}</Text>
      {shown.tone !== 'closed' && canAskConsent() ? (
        consent === 'accepted' || consent === 'refused' ? (
          // Keys: Taro's weapp runtime fails removing a tap handler from a node React would reuse.
          <Text key="answered" className="deadline-notice__consent deadline-notice__consent--done">
            {consent === 'accepted' ? '已订阅：催报时会收到一次微信提醒' : '未订阅微信提醒，催报仍会出现在“消息”中'}
          </Text>
        ) : consent === 'unrecorded' ? (
          <Text key="retry" className="deadline-notice__consent" onClick={remind}>
            订阅未能保存（网络问题），点此重试；催报仍会出现在“消息”中
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
