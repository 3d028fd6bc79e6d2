// As in subscribe.ts: Taro replaces `process.env.TARO_APP_…` at build time; a mini-program has no `process`.
const configured = typeof process !== 'undefined' ? process.env.TARO_APP_CLOUD_ENV : undefined

/** The CloudBase environment id the mini-program calls (`npm run deploy -- --env …`); empty: WeChat's default. */
export const CLOUD_ENV: string = configured || ''
