export { PrivacyPopup, AGREE_BUTTON_ID } from './privacy-popup'
export { isPrivacyRefusal, privacyRefusalText, tellPrivacyRefused, type PrivacyUse } from './refusal'
