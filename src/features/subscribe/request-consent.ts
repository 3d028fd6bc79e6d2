import Taro from '@tarojs/taro'
import { SUBSCRIBE_TEMPLATE_ID, isSubscribeConfigured } from '../../config/subscribe'

/** Whether this build can ask for a subscribe message at all (a template is configured; weapp only). */
export const canAskConsent = (): boolean => isSubscribeConfigured()

/**
 * Asks for one subscribe message (a review result, or a 催报 before the deadline): WeChat's consent is for
 * one message each time. WeChat allows this only straight from a tap, so call it first in the handler.
 * Answers whether the user accepted. Never rejects: a refusal or failure must not stop anything (the in-app
 * inbox has every message).
 */
export async function requestNotificationConsent(): Promise<boolean> {
  if (!canAskConsent()) return false
  try {
    // Taro's type wants Alipay's entityIds too; WeChat takes tmplIds alone.
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [SUBSCRIBE_TEMPLATE_ID] } as Taro.requestSubscribeMessage.Option)) as unknown
    return (answer as Record<string, unknown> | null)?.[SUBSCRIBE_TEMPLATE_ID] === 'accept'
  } catch {
    // Refused or unavailable: the in-app inbox still receives the message.
    return false
  }
}
