import type { OpenApi } from 'wx-server-sdk'
import { NOTIFICATION_KIND_LABEL } from '../../../src/shared'
import type { DeliveryResult, Notifier, SubscribeMessage } from '../../core/ports'

/** WeChat's error code for "the user has not subscribed, or refused": the in-app inbox still has the message. */
export const USER_REFUSED = 43101

/** What a template field shows: one part of the message. */
export const TEMPLATE_SOURCES = ['title', 'body', 'time', 'kind'] as const
export type TemplateSource = (typeof TEMPLATE_SOURCES)[number]

export interface TemplateField {
  /** The template's keyword key as the WeChat template shows it, e.g. `thing1`. */
  readonly key: string
  readonly source: TemplateSource
}

/**
 * The template's fields, in the one place they are mapped: keyword key = message part. Replace it with the
 * SUBSCRIBE_TEMPLATE_FIELDS variable when the chosen template numbers its keywords differently.
 */
export const DEFAULT_TEMPLATE_FIELDS = 'thing1=title,time2=time,thing3=body'

/** WeChat's value limits per keyword type (characters); time and date are formatted instead. */
const KEYWORD_LIMITS: Record<string, number> = {
  thing: 20,
  phrase: 5,
  name: 10,
  symbol: 5,
  character_string: 32,
  letter: 32,
}
const TIME_KEYWORDS = ['time', 'date']
const KEY = /^([a-z_]+?)(\d+)$/

const keywordType = (key: string): string | null => KEY.exec(key)?.[1] ?? null

/** Reads `thing1=title,time2=time,…`; null when malformed (unknown keyword type or part, time fed text). */
export function parseTemplateFields(spec: string): TemplateField[] | null {
  const fields: TemplateField[] = []
  for (const pair of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [key = '', source = '', ...rest] = pair.split('=').map((p) => p.trim())
    const type = keywordType(key)
    if (rest.length > 0 || type === null || !(TEMPLATE_SOURCES as readonly string[]).includes(source)) return null
    const isTime = TIME_KEYWORDS.includes(type)
    if (!isTime && !(type in KEYWORD_LIMITS)) return null
    if (isTime !== (source === 'time')) return null
    if (fields.some((f) => f.key === key)) return null
    fields.push({ key, source: source as TemplateSource })
  }
  return fields.length > 0 ? fields : null
}

/** Cuts to `max` characters (code points), marking the cut with an ellipsis. */
export function truncate(value: string, max: number): string {
  const chars = Array.from(value.trim())
  if (chars.length === 0) return '无'
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`
}

const pad = (n: number) => String(n).padStart(2, '0')

/** WeChat's time keyword wants `2024年3月5日 14:05`; the message carries an ISO instant, shown in Beijing time. */
function formatTime(iso: string, withClock: boolean): string {
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) return truncate(iso, 32)
  const beijing = new Date(instant.getTime() + 8 * 3600_000)
  const date = `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日`
  return withClock ? `${date} ${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}` : date
}

/** The template's `data` for one message. */
export function templateData(
  message: SubscribeMessage,
  fields: readonly TemplateField[],
): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {}
  for (const { key, source } of fields) {
    const type = keywordType(key) ?? 'thing'
    const raw = source === 'kind' ? NOTIFICATION_KIND_LABEL[message.kind] : message[source]
    const value = TIME_KEYWORDS.includes(type) ? formatTime(raw, type === 'time') : truncate(raw, KEYWORD_LIMITS[type] ?? 20)
    data[key] = { value }
  }
  return data
}

export interface WxNotifierOptions {
  templateId: string
  miniprogramState: 'developer' | 'trial' | 'formal'
  fields: readonly TemplateField[]
}

function failure(errCode: number, errMsg: unknown): DeliveryResult {
  const error = typeof errMsg === 'string' && errMsg ? `${errCode}: ${errMsg}` : String(errCode)
  return { status: errCode === USER_REFUSED ? 'refused' : 'failed', error }
}

/** Sends subscribe messages through 云调用; reports WeChat's answer instead of throwing. */
export function createWxNotifier(openapi: OpenApi, options: WxNotifierOptions): Notifier {
  return {
    templateId: options.templateId,
    async send(message) {
      try {
        const answer = await openapi.subscribeMessage.send({
          touser: message.openid,
          templateId: options.templateId,
          page: message.page,
          data: templateData(message, options.fields),
          miniprogramState: options.miniprogramState,
          lang: 'zh_CN',
        })
        const errCode = answer?.errCode ?? 0
        return errCode === 0 ? { status: 'sent' } : failure(errCode, answer.errMsg)
      } catch (error) {
        const { errCode, errMsg, message: text } = (error ?? {}) as { errCode?: unknown; errMsg?: unknown; message?: unknown }
        if (typeof errCode === 'number') return failure(errCode, errMsg)
        return { status: 'failed', error: typeof text === 'string' && text ? text : String(error) }
      }
    },
  }
}

/** For the functions that do not send subscribe messages (they hold no openapi permission). */
export function createDisabledNotifier(functionName: string): Notifier {
  return {
    templateId: null,
    async send() {
      return { status: 'failed', error: `云函数 ${functionName} 不发送订阅消息` }
    },
  }
}
