const PLACEHOLDER = 'SET_TARO_APP_SUBSCRIBE_TEMPLATE_ID'

// Taro replaces `process.env.TARO_APP_…` only when a .env file defines it; otherwise the expression stays
// in the bundle, and a mini-program has no `process`.
const configured = typeof process !== 'undefined' ? process.env.TARO_APP_SUBSCRIBE_TEMPLATE_ID : undefined

/** The subscribe-message template for review results (公众平台 → 订阅消息), set in `.env` at build time. */
export const SUBSCRIBE_TEMPLATE_ID: string = configured || PLACEHOLDER

export const isSubscribeConfigured = (): boolean => SUBSCRIBE_TEMPLATE_ID !== PLACEHOLDER
