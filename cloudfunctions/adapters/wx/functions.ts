import type { functionOf } from '../../../src/shared'

/** The functions the mini-program calls: one per group of actions (`functionOf` in the contract). */
export type ActionFunctionName = ReturnType<typeof functionOf>
/** Functions run by their timer trigger alone: they serve no action and refuse every call from a user. */
export type TimerFunctionName = 'reading'
/** The deployed cloud functions. */
export type CloudFunctionName = ActionFunctionName | TimerFunctionName

export interface CloudFunctionSpec {
  /** Sends WeChat subscribe messages: needs the openapi permission and the template configuration. */
  readonly sendsSubscribeMessages: boolean
  /** A timer trigger (7-field cron of WeChat cloud functions, in Beijing time): what it runs is the entry's `onTimer`. */
  readonly timer: { readonly name: string; readonly cron: string } | null
  /** Makes the bind page's mini-program codes (wxacode.getUnlimited) for the admin's code cards. */
  readonly makesBindQrCodes?: boolean
  /** Serves no action: only its timer runs it, and any other call is refused. */
  readonly timerOnly?: boolean
}

/**
 * The one place that says what each deployed function needs from WeChat. The build writes each function's
 * config.json from it and the entry reads it to decide which environment variables are required, so the
 * declared openapi permission and the code that uses it cannot drift apart.
 */
export const CLOUD_FUNCTIONS: Readonly<Record<CloudFunctionName, CloudFunctionSpec>> = {
  account: { sendsSubscribeMessages: false, timer: null },
  submission: { sendsSubscribeMessages: false, timer: null },
  // review.return and review.finalize notify the society; the timer retries messages that failed.
  review: { sendsSubscribeMessages: true, timer: { name: 'retryUndelivered', cron: '0 */10 * * * * *' } },
  // admin.remind (催报) tells the fillers by subscribe message too; its hourly timer sends the 自动提醒.
  admin: { sendsSubscribeMessages: true, timer: { name: 'scheduledReminders', cron: '0 0 * * * * *' }, makesBindQrCodes: true },
  // report.*: workbooks and archives built with exceljs/jszip; give it 60 s and 512 MB (docs/deploy-cloud.md).
  report: { sendsSubscribeMessages: false, timer: null },
  // Reads queued evidence photos (issue 23) every minute with Tesseract; 60 s and 512 MB (docs/reading.md).
  reading: { sendsSubscribeMessages: false, timer: { name: 'readEvidence', cron: '0 * * * * * *' }, timerOnly: true },
}

export const CLOUD_FUNCTION_NAMES = Object.keys(CLOUD_FUNCTIONS) as CloudFunctionName[]

/** The function's config.json as WeChat DevTools reads it when the function is uploaded. */
export function functionConfigJson(name: CloudFunctionName): Record<string, unknown> {
  const spec = CLOUD_FUNCTIONS[name]
  return {
    permissions: {
      openapi: [
        ...(spec.sendsSubscribeMessages ? ['subscribeMessage.send'] : []),
        ...(spec.makesBindQrCodes ? ['wxacode.getUnlimited'] : []),
      ],
    },
    ...(spec.timer ? { triggers: [{ name: spec.timer.name, type: 'timer', config: spec.timer.cron }] } : {}),
  }
}
