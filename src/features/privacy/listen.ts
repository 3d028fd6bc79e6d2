import Taro from '@tarojs/taro'
import { askForPrivacy } from './privacy-requests'

let listening = false

/**
 * Mini-program: the app asks in its own words (PrivacyPopup) when WeChat holds a privacy API call for the
 * user's consent; registering this stops WeChat showing its own popup.
 */
export function listenForPrivacyRequests(): void {
  // Base libraries before 2.32.3 have no privacy authorization (and ask for none).
  if (listening || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  listening = true
  Taro.onNeedPrivacyAuthorization((resolve) => askForPrivacy(resolve))
}

/** Opens the 用户隐私保护指引 as declared in 公众平台. */
export function openPrivacyGuide(): void {
  Taro.openPrivacyContract()
}
