import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import collectionsFile from '../../cloudfunctions/database/collections.json'
import securityRules from '../../cloudfunctions/database/security-rules.json'
import { CLOUD_FUNCTION_NAMES, type CloudFunctionName } from '../../cloudfunctions/adapters/wx/functions'
import { FUNCTION_RUNTIME, FUNCTION_SETTINGS } from './function-settings'

/** WeChat's limits on an uploaded mini-program (subpackages): each package and the whole. */
export const PACKAGE_LIMIT_BYTES = 2 * 1024 * 1024
export const TOTAL_LIMIT_BYTES = 20 * 1024 * 1024

/** Files DevTools and miniprogram-ci do not upload as code. */
const NOT_UPLOADED = [/^project(\.private)?\.config\.json$/, /\.map$/]

export interface PackagePlan {
  /** `主包` for the main package, else the subpackage's root. */
  name: string
  bytes: number
  files: number
}

export interface FunctionPlan {
  name: CloudFunctionName
  dir: string
  /** index.js, package.json and config.json together. */
  bytes: number
  openapi: string[]
  triggers: { name: string; type: string; config: string }[]
  dependencies: Record<string, string>
  runtime: string
  timeout: number
  memorySize: number
  /** The variables this function is given (values unmasked: print with `masked`). */
  vars: Record<string, string>
}

export interface CollectionPlan {
  name: string
  rule: unknown
  indexes: { name: string; unique: boolean; fields: { field: string; order: string }[] }[]
}

export interface DeployPlan {
  weappDir: string
  packages: PackagePlan[]
  totalBytes: number
  /** Each package or the whole over WeChat's limit, in words; the deploy stops before uploading. */
  overLimits: string[]
  functions: FunctionPlan[]
  collections: CollectionPlan[]
}

function filesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !NOT_UPLOADED.some((pattern) => pattern.test(entry.name)))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name)
      return { path: relative(dir, path).split(sep).join('/'), bytes: statSync(path).size }
    })
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T

/** The built mini-program's packages as WeChat counts them: each subpackage's root, the rest is the main package. */
export function measurePackages(weappDir: string): PackagePlan[] {
  const app = readJson<{ subPackages?: { root: string }[]; subpackages?: { root: string }[] }>(join(weappDir, 'app.json'))
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'))
  const packages = new Map<string, PackagePlan>([['主包', { name: '主包', bytes: 0, files: 0 }]])
  for (const root of roots) packages.set(root, { name: root, bytes: 0, files: 0 })
  for (const file of filesUnder(weappDir)) {
    const entry = packages.get(roots.find((root) => file.path.startsWith(root)) ?? '主包')!
    entry.bytes += file.bytes
    entry.files += 1
  }
  return [...packages.values()]
}

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`

function functionPlan(name: CloudFunctionName, functionsDir: string, vars: Readonly<Record<string, string>>): FunctionPlan {
  const dir = join(functionsDir, name)
  const missing = ['index.js', 'package.json', 'config.json'].filter((f) => !statSync(join(dir, f), { throwIfNoEntry: false }))
  if (missing.length > 0) throw new Error(`云函数 ${name} 未构建（${dir} 缺少 ${missing.join('、')}）：请先运行 npm run build:cloud`)
  const config = readJson<{ permissions?: { openapi?: string[] }; triggers?: FunctionPlan['triggers'] }>(join(dir, 'config.json'))
  const settings = FUNCTION_SETTINGS[name]
  return {
    name,
    dir,
    bytes: filesUnder(dir).reduce((sum, f) => sum + f.bytes, 0),
    openapi: config.permissions?.openapi ?? [],
    triggers: config.triggers ?? [],
    dependencies: readJson<{ dependencies?: Record<string, string> }>(join(dir, 'package.json')).dependencies ?? {},
    runtime: FUNCTION_RUNTIME,
    timeout: settings.timeout,
    memorySize: settings.memorySize,
    vars: Object.fromEntries(settings.vars.filter((v) => vars[v] !== undefined).map((v) => [v, vars[v]!])),
  }
}

/** What a deploy would upload and create, read from the build in `distDir` and the database set-up files. */
export function makePlan(distDir: string, functionVars: Readonly<Record<string, string>>): DeployPlan {
  const weappDir = join(distDir, 'weapp')
  if (!statSync(join(weappDir, 'app.json'), { throwIfNoEntry: false })) {
    throw new Error(`小程序未构建（${weappDir} 没有 app.json）：请先运行 npm run build:weapp`)
  }
  const packages = measurePackages(weappDir)
  const totalBytes = packages.reduce((sum, p) => sum + p.bytes, 0)
  const overLimits = [
    ...packages.filter((p) => p.bytes > PACKAGE_LIMIT_BYTES).map((p) => `${p.name} ${MB(p.bytes)}，超过每个包 2 MB 的上限`),
    ...(totalBytes > TOTAL_LIMIT_BYTES ? [`全部 ${MB(totalBytes)}，超过总计 20 MB 的上限`] : []),
  ]
  const rules = securityRules as Record<string, unknown>
  return {
    weappDir,
    packages,
    totalBytes,
    overLimits,
    functions: CLOUD_FUNCTION_NAMES.map((name) => functionPlan(name, join(distDir, 'cloudfunctions'), functionVars)),
    collections: collectionsFile.collections.map((c) => ({ name: c.name, rule: rules[c.name], indexes: c.indexes })),
  }
}
