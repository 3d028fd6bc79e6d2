import Taro from '@tarojs/taro'
import { SUBSCRIBE_TEMPLATE_ID, isSubscribeConfigured } from '../../config/subscribe'
import { callAction } from '../../services/cloud'

/** Whether this build can ask for a subscribe message at all (a template is configured; weapp only). */
export const canAskConsent = (): boolean => isSubscribeConfigured()

/** What came of one request: WeChat's answer, and whether the server counted it (a credit per acceptance). */
export type ConsentOutcome = 'accepted' | 'refused' | 'unrecorded'

async function askWeChat(): Promise<boolean> {
  try {
    // Taro's type wants Alipay's entityIds too; WeChat takes tmplIds alone.
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [SUBSCRIBE_TEMPLATE_ID] } as Taro.requestSubscribeMessage.Option)) as unknown
    return (answer as Record<string, unknown> | null)?.[SUBSCRIBE_TEMPLATE_ID] === 'accept'
  } catch {
    // Refused or unavailable: the in-app inbox still receives the message.
    return false
  }
}

/**
 * Asks for one subscribe message (a review result, or a 催报 before the deadline) and tells the server, which
 * counts one credit per acceptance and uses one per message sent: WeChat's consent is for one message each
 * time. WeChat allows the request only straight from a tap, so call this first in the handler. Never
 * rejects: a refusal or failure must not stop anything (the in-app inbox has every message).
 */
export async function requestNotificationConsent(): Promise<ConsentOutcome> {
  if (!canAskConsent()) return 'refused'
  const accepted = await askWeChat()
  try {
    await callAction('account.recordSubscribeConsent', { templateId: SUBSCRIBE_TEMPLATE_ID, accepted })
  } catch {
    // Not counted: the server will not try a message for it, so do not claim one will come.
    return accepted ? 'unrecorded' : 'refused'
  }
  return accepted ? 'accepted' : 'refused'
}
