import { randomUUID } from 'node:crypto'
import type * as WxServerSdk from 'wx-server-sdk'
import { DEFAULT_MESSAGE, functionOf, isActionName, type ActionFailure, type ActionResult } from '../../../src/shared'
import { dispatch } from '../../core'
import type { HandlerContext, Ports } from '../../core/ports'
import { readConfig, type WxConfig } from './config'
import { CLOUD_FUNCTIONS, type CloudFunctionName } from './functions'
import { createWxBindQr, createWxUploads } from './wx-admin-ports'
import { createWxFiles } from './wx-files'
import { createWxReportFiles } from './wx-report-files'
import { createDisabledNotifier, createWxNotifier } from './wx-notifier'
import { createWxStore } from './wx-store'

/** The part of wx-server-sdk an entry uses; the real module in production, a stub in the build tests. */
export type WxSdk = Pick<
  typeof WxServerSdk,
  | 'init'
  | 'DYNAMIC_CURRENT_ENV'
  | 'getWXContext'
  | 'database'
  | 'getTempFileURL'
  | 'deleteFile'
  | 'openapi'
  | 'uploadFile'
  | 'downloadFile'
>

export interface EntryOptions {
  /** What a timer trigger runs (the function's config.json declares the trigger). */
  onTimer?: (ctx: HandlerContext) => Promise<unknown>
}

export type CloudFunctionMain = (event: unknown, context?: unknown) => Promise<ActionResult<unknown>>

/**
 * A timer trigger calls with `{ Type: 'Timer', TriggerName, Time }` and no user. A mini-program can put any
 * `Type` in its event, so the timer path also requires that WeChat names no caller.
 */
function isTimerCall(event: unknown, openid: string | null): boolean {
  const type = (event as { Type?: unknown } | null)?.Type
  return openid === null && typeof type === 'string' && type.toLowerCase() === 'timer'
}

function unknownAction(action: unknown, fn: CloudFunctionName): ActionFailure {
  const name = typeof action === 'string' ? action.slice(0, 60) : ''
  return {
    ok: false,
    code: 'UNKNOWN_ACTION',
    message: name ? `不支持的操作：云函数 ${fn} 不处理 ${name}` : `${DEFAULT_MESSAGE.UNKNOWN_ACTION}：缺少 action`,
  }
}

/** A call to a function that only its timer runs (`timerOnly`): whoever sent it, nothing is done for it. */
const timerOnlyRefusal = (fn: CloudFunctionName): ActionFailure => ({
  ok: false,
  code: 'FORBIDDEN',
  message: `云函数 ${fn} 只由定时触发器运行，不接受小程序或其他调用`,
})

/** Largest event a function accepts, serialized: a whole form's answers are far smaller. */
export const EVENT_SIZE_LIMIT = 512 * 1024

/** Refuses an event too large (or too deep to serialize) before any work is done for it. */
function oversized(event: unknown): ActionFailure | null {
  let size: number
  try {
    size = Buffer.byteLength(JSON.stringify(event) ?? '')
  } catch {
    return { ok: false, code: 'INVALID_INPUT', message: '请求格式不正确' }
  }
  return size > EVENT_SIZE_LIMIT
    ? { ok: false, code: 'PAYLOAD_TOO_LARGE', message: `提交的内容过大（不能超过 ${EVENT_SIZE_LIMIT / 1024} KB）` }
    : null
}

function buildPorts(fn: CloudFunctionName, sdk: WxSdk, config: WxConfig): Ports {
  return {
    store: createWxStore(sdk.database()),
    files: createWxFiles(sdk),
    reportFiles: createWxReportFiles(sdk),
    notifier: config.subscribe ? createWxNotifier(sdk.openapi, config.subscribe) : createDisabledNotifier(fn),
    clock: { now: () => new Date() },
    config: config.server,
    newId: () => randomUUID(),
    // Only the admin function holds the wxacode permission (functions.ts); the others never make codes.
    qr: createWxBindQr(sdk),
    uploads: createWxUploads(sdk),
  }
}

/**
 * One deployed function's `main`: reads the configuration once at start, then per call takes the caller
 * from WeChat's context (never from the event), keeps to this function's actions and dispatches.
 */
export function createMain(
  fn: CloudFunctionName,
  sdk: WxSdk,
  env: Readonly<Record<string, string | undefined>>,
  options: EntryOptions = {},
): CloudFunctionMain {
  const config = readConfig(env, CLOUD_FUNCTIONS[fn].sendsSubscribeMessages)
  if (!config.ok) console.error(`[${fn}] ${config.message}`)
  let ports: Ports | null = null

  return async function main(event) {
    if (!config.ok) return { ok: false, code: 'INTERNAL', message: config.message }
    try {
      if (!ports) {
        sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
        ports = buildPorts(fn, sdk, config.config)
      }
      const openid = sdk.getWXContext().OPENID || null
      if (options.onTimer && isTimerCall(event, openid)) {
        const data = await options.onTimer({ ...ports, openid: null })
        console.log(`[${fn}] timer`, JSON.stringify(data))
        return { ok: true, data }
      }
      if (CLOUD_FUNCTIONS[fn].timerOnly) return timerOnlyRefusal(fn)
      const refused = oversized(event)
      if (refused) return refused
      const action = (event as { action?: unknown } | null)?.action
      if (!isActionName(action) || functionOf(action) !== fn) return unknownAction(action, fn)
      return await dispatch({ action, input: (event as { input?: unknown }).input }, { ...ports, openid })
    } catch (error) {
      console.error(`[${fn}] 调用失败`, error)
      return { ok: false, code: 'INTERNAL', message: DEFAULT_MESSAGE.INTERNAL }
    }
  }
}
