import { createPrivateKey } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { readConfig } from '../../cloudfunctions/adapters/wx/config'

/** What `npm run deploy` needs, from its flags or the same as environment variables. */
export interface DeployOptions {
  appid: string | null
  /** Path of the code-upload key (公众平台 → 开发管理 → 开发设置 → 小程序代码上传密钥). */
  keyPath: string | null
  cloudEnv: string | null
  version: string | null
  desc: string
  dryRun: boolean
  /** Use dist/ as it is (it must be a build of this checkout). */
  skipBuild: boolean
  /** Tencent Cloud API key for the CloudBase manager SDK: collections, rules, indexes, function settings. */
  tencentKey: { secretId: string; secretKey: string } | null
  /** The cloud functions' environment variables, as given to the deploy (see functionVariables). */
  functionVars: Readonly<Record<string, string>>
}

/** Each flag, the environment variable that can stand for it, and what it is in the messages. */
export const FLAGS = {
  appid: { flag: '--appid', env: 'WX_APPID', label: '小程序 AppID' },
  keyPath: { flag: '--key', env: 'WX_UPLOAD_KEY', label: '代码上传密钥文件' },
  cloudEnv: { flag: '--env', env: 'WX_CLOUD_ENV', label: '云开发环境 ID' },
  version: { flag: '--version', env: 'WX_VERSION', label: '版本号' },
  desc: { flag: '--desc', env: 'WX_DESC', label: '版本描述' },
} as const
type ValueFlag = keyof typeof FLAGS

/** The Tencent Cloud key is read from the environment only, so that it stays out of shell history. */
export const TENCENT_KEY_VARS = { secretId: 'TENCENTCLOUD_SECRETID', secretKey: 'TENCENTCLOUD_SECRETKEY' } as const

/** The cloud functions' variables the deploy passes on (cloudfunctions/adapters/wx/config.ts reads them). */
export const FUNCTION_VARS = [
  'SUBSCRIBE_TEMPLATE_ID',
  'SUBSCRIBE_TEMPLATE_FIELDS',
  'SUBSCRIBE_MINIPROGRAM_STATE',
  'BOOTSTRAP_ADMIN_OPENIDS',
  'WRITE_LIMIT_PER_MINUTE',
  'ADMIN_SETUP_CODE',
] as const

export const APPID = /^wx[0-9a-f]{16}$/
/** A CloudBase environment id: its name, a dash and a random suffix, e.g. prod-3g5x2a1b0c9d8e7f. */
export const CLOUD_ENV = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/
export const VERSION = /^\d{1,4}(?:\.\d{1,4}){2}$/
const DESC_MAX = 100

export type OptionsResult =
  | { ok: true; options: DeployOptions; missing: string[] }
  | { ok: false; problems: string[] }

const KNOWN = new Set([...Object.values(FLAGS).map((f) => f.flag), '--dry-run', '--skip-build', '--help'])

/** Reads the flags (`--appid wx…` or `--appid=wx…`) over the environment; names every unknown flag. */
function readFlags(argv: readonly string[]): { values: Partial<Record<string, string>>; switches: Set<string>; problems: string[] } {
  const values: Partial<Record<string, string>> = {}
  const switches = new Set<string>()
  const problems: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const at = arg.indexOf('=')
    const flag = at < 0 ? arg : arg.slice(0, at)
    const inline = at < 0 ? undefined : arg.slice(at + 1)
    if (!KNOWN.has(flag)) {
      problems.push(`不认识的参数 ${flag}`)
      continue
    }
    if (flag === '--dry-run' || flag === '--skip-build' || flag === '--help') switches.add(flag)
    else if (inline !== undefined) values[flag] = inline
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) values[flag] = argv[++i]
    else problems.push(`${flag} 后面缺少取值`)
  }
  return { values, switches, problems }
}

/** Why a key file cannot be the code-upload key, or null when it is a PEM private key. */
export function keyFileProblem(path: string): string | null {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (!stat) return `找不到文件 ${path}`
  if (!stat.isFile()) return `${path} 不是文件`
  if (stat.size > 64 * 1024) return `${path} 过大，不像私钥文件`
  const text = readFileSync(path, 'utf8')
  if (!/-{5}BEGIN (RSA )?PRIVATE KEY-{5}/.test(text)) return `${path} 不是 PEM 格式的私钥（第一行应为 BEGIN RSA PRIVATE KEY）`
  try {
    createPrivateKey(text)
  } catch {
    return `${path} 不是有效的私钥（文件可能不完整）`
  }
  return null
}

/**
 * The deploy's options from its arguments and the environment. A bad value is a problem (exit 2, before
 * anything is built or uploaded); a missing required one is a problem for an upload and only listed for a dry run.
 */
export function readOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): OptionsResult {
  const { values, switches, problems } = readFlags(argv)
  const dryRun = switches.has('--dry-run')
  const given = (name: ValueFlag) => (values[FLAGS[name].flag] ?? env[FLAGS[name].env] ?? '').trim() || null
  const named = (name: ValueFlag) => `${FLAGS[name].flag}（${FLAGS[name].label}，或环境变量 ${FLAGS[name].env}）`
  const missing: string[] = []
  const need = (name: ValueFlag, value: string | null) => {
    if (value === null) missing.push(`缺少 ${named(name)}`)
  }

  const appid = given('appid')
  need('appid', appid)
  if (appid && !APPID.test(appid)) problems.push(`${named('appid')} 有误：应为 wx 加 16 位十六进制字符（公众平台 → 开发管理 → 开发设置），而不是 ${appid}`)
  const keyGiven = given('keyPath')
  need('keyPath', keyGiven)
  const keyPath = keyGiven ? resolve(keyGiven) : null
  const keyProblem = keyPath ? keyFileProblem(keyPath) : null
  if (keyProblem) problems.push(`${named('keyPath')} 有误：${keyProblem}`)
  const cloudEnv = given('cloudEnv')
  need('cloudEnv', cloudEnv)
  if (cloudEnv && (!CLOUD_ENV.test(cloudEnv) || cloudEnv.length > 40)) {
    problems.push(`${named('cloudEnv')} 有误：应为云开发控制台 → 设置里的环境 ID（小写字母、数字和连字符，如 prod-3g5x2a1b0c9d8e7f），而不是 ${cloudEnv}`)
  }
  const version = given('version')
  need('version', version)
  if (version && !VERSION.test(version)) problems.push(`${named('version')} 有误：应为三段数字，如 1.0.3，而不是 ${version}`)
  const desc = given('desc') ?? ''
  if ([...desc].length > DESC_MAX || /[\r\n]/.test(desc)) problems.push(`${named('desc')} 有误：应为一行、不超过 ${DESC_MAX} 字`)

  const secretId = env[TENCENT_KEY_VARS.secretId]?.trim() ?? ''
  const secretKey = env[TENCENT_KEY_VARS.secretKey]?.trim() ?? ''
  if (Boolean(secretId) !== Boolean(secretKey)) {
    problems.push(`腾讯云 API 密钥不完整：${secretId ? TENCENT_KEY_VARS.secretKey : TENCENT_KEY_VARS.secretId} 未设置（两者都设置或都不设置）`)
  }

  const functionVars: Record<string, string> = {}
  for (const name of FUNCTION_VARS) {
    const value = env[name]?.trim()
    if (value) functionVars[name] = value
  }
  // The functions' own check of their variables, so that the deploy refuses what they would refuse.
  const checked = readConfig(functionVars, false)
  if (!checked.ok) problems.push(checked.message.replace(/^服务配置有误：/, '云函数环境变量有误：'))
  if (!functionVars.SUBSCRIBE_TEMPLATE_ID) missing.push('缺少环境变量 SUBSCRIBE_TEMPLATE_ID（订阅消息模板编号：review 和 admin 发送订阅消息时必需）')

  const refused = dryRun ? problems : [...missing, ...problems]
  if (refused.length > 0) return { ok: false, problems: refused }
  return {
    ok: true,
    missing,
    options: {
      appid,
      keyPath,
      cloudEnv,
      version,
      desc,
      dryRun,
      skipBuild: switches.has('--skip-build'),
      tencentKey: secretId ? { secretId, secretKey } : null,
      functionVars,
    },
  }
}

export const USAGE = `用法：npm run deploy -- --appid wx… --key 上传密钥路径 --env 云环境ID --version 1.0.0 [--desc 说明] [--dry-run] [--skip-build]
  各参数也可用环境变量：${Object.values(FLAGS)
    .map((f) => `${f.flag} = ${f.env}`)
    .join('，')}
  云函数的环境变量取自同名环境变量：${FUNCTION_VARS.join('、')}
  设置 ${TENCENT_KEY_VARS.secretId} 和 ${TENCENT_KEY_VARS.secretKey}（腾讯云 API 密钥）时，由 CloudBase 管理 SDK 创建数据库集合、索引、安全规则并设置云函数的环境变量与超时；否则打印控制台操作步骤。
  --dry-run：只构建和检查，打印将要上传的内容，不联网。详见 docs/deploy-weapp.md、docs/deploy-cloud.md。`
