/**
 * The delivery error of a message whose subscribe message was not tried: its recipient held no credit (no
 * consent left for the template). Recorded as `refused` (never retried); the inbox has the message.
 */
export const NO_SUBSCRIBE_CREDIT = '没有提醒次数，未发送订阅消息'

/** Whether a delivery was skipped for want of a credit (as opposed to WeChat refusing it). */
export const isNoCreditDelivery = (delivery: { delivery: string; error?: string | null; deliveryError?: string | null }): boolean =>
  delivery.delivery === 'refused' && (delivery.error ?? delivery.deliveryError) === NO_SUBSCRIBE_CREDIT
