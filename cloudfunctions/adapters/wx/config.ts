import * as z from '../../../src/shared/zod'
import { ADMIN_SETUP_CODE_PATTERN, ADMIN_SETUP_CODE_RULE } from '../../../src/shared/contract/admin-setup-code'
import type { ServerConfig } from '../../core/ports'
import { DEFAULT_TEMPLATE_FIELDS, parseTemplateFields, type WxNotifierOptions } from './wx-notifier'

/** Every environment variable a cloud function reads (set them in the cloud console: docs/deploy-cloud.md). */
export const ENV_VARS = {
  SUBSCRIBE_TEMPLATE_ID: '订阅消息模板编号',
  SUBSCRIBE_TEMPLATE_FIELDS: '订阅消息模板字段对应关系',
  SUBSCRIBE_MINIPROGRAM_STATE: '订阅消息打开的小程序版本',
  BOOTSTRAP_ADMIN_OPENIDS: '初始管理员 openid 列表',
  WRITE_LIMIT_PER_MINUTE: '每人每分钟写操作上限',
  ADMIN_SETUP_CODE: '管理员设置码（尚无管理员时用它领取管理员）',
} as const
type EnvVar = keyof typeof ENV_VARS

export const DEFAULT_WRITE_LIMIT_PER_MINUTE = 60
const MINIPROGRAM_STATES = ['formal', 'trial', 'developer'] as const

const splitList = (value: string) =>
  value
    .split(/[,，\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)

const OPENID = /^[A-Za-z0-9_-]{6,64}$/

const Env = z.object({
  SUBSCRIBE_TEMPLATE_ID: z.optional(
    z.string().check(z.regex(/^[A-Za-z0-9_-]{8,128}$/, { error: '应为公众平台「订阅消息」里的模板ID' })),
  ),
  SUBSCRIBE_TEMPLATE_FIELDS: z.optional(
    z.string().check(
      z.refine((s) => parseTemplateFields(s) !== null, {
        error: `格式应为「关键词=内容」并以逗号分隔，内容取 title、body、time、kind，如 ${DEFAULT_TEMPLATE_FIELDS}`,
      }),
    ),
  ),
  SUBSCRIBE_MINIPROGRAM_STATE: z.optional(z.enum(MINIPROGRAM_STATES, { error: '应为 formal、trial 或 developer' })),
  BOOTSTRAP_ADMIN_OPENIDS: z.optional(
    z.string().check(z.refine((s) => splitList(s).every((id) => OPENID.test(id)), { error: '应为以逗号分隔的 openid' })),
  ),
  WRITE_LIMIT_PER_MINUTE: z.optional(z.string().check(z.regex(/^[1-9]\d{0,4}$/, { error: '应为 1 到 99999 的整数' }))),
  ADMIN_SETUP_CODE: z.optional(z.string().check(z.regex(ADMIN_SETUP_CODE_PATTERN, { error: `应为 ${ADMIN_SETUP_CODE_RULE}` }))),
})

export interface WxConfig {
  server: ServerConfig
  /** Present in the functions that send subscribe messages. */
  subscribe: WxNotifierOptions | null
}

export type ConfigResult = { ok: true; config: WxConfig } | { ok: false; message: string }

const problem = (name: EnvVar, what: string) => `环境变量 ${name}（${ENV_VARS[name]}）${what}`

/**
 * Reads and checks the function's environment variables once, at start. A problem does not crash the
 * function: the entry answers every call with it as a typed INTERNAL error naming the variable.
 */
export function readConfig(env: Readonly<Record<string, string | undefined>>, sendsSubscribeMessages: boolean): ConfigResult {
  // Blank counts as unset: the cloud console keeps variables whose value was cleared.
  const given: Partial<Record<EnvVar, string>> = {}
  for (const name of Object.keys(ENV_VARS) as EnvVar[]) {
    const value = env[name]?.trim()
    if (value) given[name] = value
  }

  const problems: string[] = []
  const parsed = Env.safeParse(given)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(problem(issue.path[0] as EnvVar, `有误：${issue.message}`))
  }
  if (sendsSubscribeMessages && !given.SUBSCRIBE_TEMPLATE_ID) problems.push(problem('SUBSCRIBE_TEMPLATE_ID', '未设置'))
  if (!parsed.success || problems.length > 0) return { ok: false, message: `服务配置有误：${problems.join('；')}` }

  const vars = parsed.data
  return {
    ok: true,
    config: {
      server: {
        bootstrapAdmins: splitList(vars.BOOTSTRAP_ADMIN_OPENIDS ?? ''),
        writeLimitPerMinute: vars.WRITE_LIMIT_PER_MINUTE ? Number(vars.WRITE_LIMIT_PER_MINUTE) : DEFAULT_WRITE_LIMIT_PER_MINUTE,
        ...(vars.ADMIN_SETUP_CODE ? { adminSetupCode: vars.ADMIN_SETUP_CODE } : {}),
      },
      subscribe:
        sendsSubscribeMessages && vars.SUBSCRIBE_TEMPLATE_ID
          ? {
              templateId: vars.SUBSCRIBE_TEMPLATE_ID,
              miniprogramState: vars.SUBSCRIBE_MINIPROGRAM_STATE ?? 'formal',
              fields: parseTemplateFields(vars.SUBSCRIBE_TEMPLATE_FIELDS ?? DEFAULT_TEMPLATE_FIELDS) ?? [],
            }
          : null,
    },
  }
}
