/**
 * From a build to a live mini-program: `npm run deploy -- --appid wx… --key private.key --env prod-… --version 1.0.0`
 * builds the mini-program and the cloud functions, checks them against WeChat's limits, then uploads every
 * cloud function (with its config.json, trigger and variables) and the mini-program with WeChat's
 * miniprogram-ci; with a Tencent Cloud API key it also creates the database. `--dry-run` prints the plan
 * and uploads nothing. Exit codes: 0 done, 1 a build or an upload failed, 2 a missing or bad value.
 * See docs/deploy-weapp.md and docs/deploy-cloud.md.
 */
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { functionCreationSteps, consoleSteps } from './deploy/console-steps'
import { USAGE, readOptions, type DeployOptions } from './deploy/options'
import { makePlan } from './deploy/plan'
import type { CiModule, CloudManager, DeployPorts } from './deploy/ports'
import { describePlan } from './deploy/print-plan'
import { DeployStepError, upload } from './deploy/upload'

const ROOT = resolve(__dirname, '..')

/** The mini-program is built for the same environment and template the functions are given. */
function weappBuildEnv(options: DeployOptions): Record<string, string> {
  return {
    ...(options.appid ? { TARO_APP_ID: options.appid } : {}),
    ...(options.cloudEnv ? { TARO_APP_CLOUD_ENV: options.cloudEnv } : {}),
    ...(options.functionVars.SUBSCRIBE_TEMPLATE_ID ? { TARO_APP_SUBSCRIBE_TEMPLATE_ID: options.functionVars.SUBSCRIBE_TEMPLATE_ID } : {}),
  }
}

const isComplete = (o: DeployOptions): o is DeployOptions & { appid: string; keyPath: string; cloudEnv: string; version: string } =>
  o.appid !== null && o.keyPath !== null && o.cloudEnv !== null && o.version !== null

/** Runs a deploy; answers the exit code. Everything outside this process goes through `ports`. */
export async function runDeploy(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, ports: DeployPorts, root = ROOT): Promise<number> {
  if (argv.includes('--help')) {
    ports.log(USAGE)
    return 0
  }
  const read = readOptions(argv, env)
  if (!read.ok) {
    for (const problem of read.problems) ports.log(`✗ ${problem}`)
    ports.log('未上传任何内容。', USAGE)
    return 2
  }
  const { options, missing } = read
  try {
    if (!options.skipBuild) {
      ports.runScript('build:weapp', weappBuildEnv(options))
      ports.runScript('build:cloud', {})
    }
    const plan = makePlan(join(root, 'dist'), options.functionVars)
    ports.log(options.dryRun ? '演练（--dry-run）：只构建和检查，不联网，不上传。' : '将上传：', '')
    for (const line of describePlan(plan, root)) ports.log(line)
    if (plan.overLimits.length > 0) {
      ports.log('', '✗ 超出微信的代码包限制，未上传任何内容。')
      return 1
    }
    if (options.dryRun || !isComplete(options)) {
      ports.log('', ...dryRunTail(options, missing, plan))
      return 0
    }
    if (!options.tencentKey) ports.log('', ...functionCreationSteps(plan))
    ports.log('')
    const remaining = await upload(plan, options, ports)
    ports.log('', `✓ 已上传云函数 ${plan.functions.length} 个和小程序 ${options.version}。`)
    ports.log('下一步：在 公众平台 → 管理 → 版本管理 把这个版本设为体验版或提交审核（docs/deploy-weapp.md）。')
    if (remaining.length > 0) ports.log('', '还需在云开发控制台手动完成（未设置腾讯云 API 密钥）：', ...remaining)
    return 0
  } catch (error) {
    ports.log('', `✗ ${error instanceof DeployStepError || error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

function dryRunTail(options: DeployOptions, missing: readonly string[], plan: ReturnType<typeof makePlan>): string[] {
  const lines = missing.length > 0 ? ['上传前还须提供：', ...missing.map((m) => `  ${m}`), ''] : []
  if (options.tencentKey) {
    lines.push('数据库集合、安全规则、索引以及云函数的运行环境、超时、内存和环境变量：由 CloudBase 管理 SDK 设置（已提供腾讯云 API 密钥）。')
  } else {
    lines.push('未设置腾讯云 API 密钥（TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY），以下需在云开发控制台手动完成：', '')
    lines.push(...functionCreationSteps(plan), '', ...consoleSteps(plan))
  }
  lines.push('', '演练结束：未联网，未上传任何内容。')
  return lines
}

/** The real world: WeChat's CI module, CloudBase's manager SDK, npm. */
export const realPorts: DeployPorts = {
  ci: () => require('miniprogram-ci') as CiModule,
  manager: (options) => {
    const CloudBase = require('@cloudbase/manager-node') as new (config: typeof options) => CloudManager
    return new CloudBase(options)
  },
  runScript(script, env) {
    const run = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } })
    if (run.status !== 0) throw new Error(`npm run ${script} 失败（退出码 ${run.status ?? run.signal}）`)
  },
  log: (...lines: string[]) => console.log(lines.join('\n')),
}

if (require.main === module) {
  runDeploy(process.argv.slice(2), process.env, realPorts).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      console.error(error)
      process.exitCode = 1
    },
  )
}
