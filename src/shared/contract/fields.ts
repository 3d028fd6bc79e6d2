import { charCount } from '../answers/limits'
import * as z from '../zod'

/** Field schemas whose errors name the field in Chinese, for every action's input. */

export const text = (label: string, max: number, min = 1) =>
  z.string({ error: `${label}必须是文字` }).check(
    z.refine((s) => s.trim().length >= min, { error: `请填写${label}` }),
    z.refine((s) => charCount(s) <= max, { error: `${label}不能超过${max}字` }),
  )

export const optionalText = (label: string, max: number) => text(label, max, 0)

/** The longest search of the reviewers' list, in characters (a society's name fits). */
export const MAX_SEARCH_CHARS = 50

export const MOBILE_PHONE = /^1[3-9]\d{9}$/
export const MOBILE_PHONE_MESSAGE = '手机号应为11位中国大陆手机号，如 13800138000'

/**
 * A mobile number as people paste it ("138 0013 8000", "138-0013-8000", "+86 13800138000", full-width digits)
 * reduced to its 11 digits; anything else is left for MobilePhone to name. The server takes only the 11 digits.
 */
export function normalizeMobilePhone(typed: string): string {
  const digits = typed
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/＋/g, '+')
    .replace(/[\s\-－—]/g, '')
  return digits.replace(/^(\+86|0086)(?=\d{11}$)/, '')
}

export const PersonName = text('填报人', 30)
export const MobilePhone = z
  .string({ error: '请填写手机号' })
  .check(z.regex(MOBILE_PHONE, { error: MOBILE_PHONE_MESSAGE }))

export const Year = z
  .number({ error: '年度必须是数字' })
  .check(z.int({ error: '年度必须是整数' }), z.minimum(2000, { error: '年度不正确' }), z.maximum(2100, { error: '年度不正确' }))

export const Id = (label: string) =>
  z.string({ error: `${label}必须是文字` }).check(
    z.minLength(1, { error: `缺少${label}` }),
    z.maxLength(128, { error: `${label}过长` }),
    z.regex(/^[A-Za-z0-9_.:/-]+$/, { error: `${label}格式不正确` }),
  )

export const ItemId = z
  .string({ error: '指标编号必须是文字' })
  .check(z.regex(/^[AB]\d{1,2}\.\d{1,2}$/, { error: '指标编号格式不正确，如 B1.1' }))

export const Version = z
  .number({ error: '版本号必须是数字' })
  .check(z.int({ error: '版本号必须是整数' }), z.minimum(0, { error: '版本号不能为负' }))

export const PageNumber = z.number({ error: '页码必须是数字' }).check(z.int(), z.minimum(1, { error: '页码从1开始' }))
/** The most rows one page of a paged list gives. */
export const MAX_PAGE_SIZE = 100
export const PageSize = z
  .number({ error: '每页条数必须是数字' })
  .check(z.int(), z.minimum(1, { error: '每页至少1条' }), z.maximum(MAX_PAGE_SIZE, { error: `每页最多${MAX_PAGE_SIZE}条` }))

/** Most items one call may name: a whole form (the 2022 rubric has 38 items). */
export const MAX_ITEMS_PER_CALL = 38

/** Item id → value, at most MAX_ITEMS_PER_CALL of them (the server also bounds any object's width first). */
export const ItemRecord = <V extends z.ZodMiniType>(value: V) =>
  z.record(ItemId, value).check(
    z.refine((r) => Object.keys(r).length <= MAX_ITEMS_PER_CALL, { error: `一次最多${MAX_ITEMS_PER_CALL}项` }),
  )
