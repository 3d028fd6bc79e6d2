import Taro from '@tarojs/taro'
import { SUBSCRIBE_TEMPLATE_ID, isSubscribeConfigured } from '../../config/subscribe'

/**
 * Asks for one review-result notification. WeChat allows this only straight from a tap, so call it first
 * in the handler. Never rejects: a refusal or failure must not stop the submission (the inbox has the result).
 */
export async function requestResultConsent(): Promise<void> {
  if (!isSubscribeConfigured()) return
  try {
    // Taro's type wants Alipay's entityIds too; WeChat takes tmplIds alone.
    await Taro.requestSubscribeMessage({ tmplIds: [SUBSCRIBE_TEMPLATE_ID] } as Taro.requestSubscribeMessage.Option)
  } catch {
    // Refused or unavailable: the in-app inbox still receives the result.
  }
}
