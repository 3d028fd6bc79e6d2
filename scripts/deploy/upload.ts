import { dirname } from 'node:path'
import { consoleSteps } from './console-steps'
import type { DeployOptions } from './options'
import type { CollectionPlan, DeployPlan, FunctionPlan } from './plan'
import type { CiModule, CloudManager, DeployPorts } from './ports'

/** A failed step, named, with what was done before it. */
export class DeployStepError extends Error {
  constructor(step: string, cause: unknown, done: readonly string[]) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    super(`${step}失败：${reason}${done.length ? `\n此前已完成：${done.join('；')}` : ''}`)
    this.name = 'DeployStepError'
  }
}

/** Files in dist/weapp that are not the mini-program's code. */
const CI_IGNORES = ['node_modules/**/*', '**/*.map']

interface Uploading {
  ci: CiModule
  project: object
  options: DeployOptions & { appid: string; keyPath: string; cloudEnv: string; version: string }
  ports: DeployPorts
  done: string[]
}

async function step(u: Uploading, name: string, run: () => Promise<unknown>): Promise<void> {
  u.ports.log(`… ${name}`)
  try {
    await run()
  } catch (error) {
    throw new DeployStepError(name, error, u.done)
  }
  u.done.push(name)
}

async function ensureFunction(manager: CloudManager, fn: FunctionPlan): Promise<void> {
  const exists = await manager.functions.getFunctionDetail(fn.name).then(
    () => true,
    () => false,
  )
  if (exists) return
  await manager.functions.createFunction({
    func: { name: fn.name, runtime: fn.runtime, timeout: fn.timeout, memorySize: fn.memorySize, installDependency: true, envVariables: fn.vars },
    functionRootPath: dirname(fn.dir),
    force: false,
  })
}

async function createCollection(manager: CloudManager, c: CollectionPlan): Promise<void> {
  await manager.database.createCollectionIfNotExists(c.name)
  await manager.permission.modifyResourcePermission({
    resourceType: 'collection',
    resource: c.name,
    permission: 'CUSTOM',
    securityRule: JSON.stringify(c.rule),
  })
  const existing = new Set(((await manager.database.describeCollection(c.name)).Indexes ?? []).map((i) => i.Name))
  const missing = c.indexes.filter((i) => !existing.has(i.name))
  if (missing.length === 0) return
  await manager.database.updateCollection(c.name, {
    CreateIndexes: missing.map((i) => ({
      IndexName: i.name,
      MgoKeySchema: {
        MgoIndexKeys: i.fields.map((f) => ({ Name: f.field, Direction: f.order === 'desc' ? '-1' : '1' })),
        MgoIsUnique: i.unique,
      },
    })),
  })
}

/**
 * Uploads what the plan lists: with a Tencent Cloud API key, the manager SDK first creates missing functions
 * (on the right runtime) and the database; miniprogram-ci uploads every function (dependencies installed in
 * the cloud) and its timer trigger; the manager sets each function's time, memory and variables; the
 * mini-program goes last, once its back end is there. Without the key, the console steps are printed.
 */
export async function upload(plan: DeployPlan, options: Uploading['options'], ports: DeployPorts): Promise<string[]> {
  const ci = ports.ci()
  const project = new ci.Project({
    appid: options.appid,
    type: 'miniProgram',
    projectPath: plan.weappDir,
    privateKeyPath: options.keyPath,
    ignores: CI_IGNORES,
  })
  const u: Uploading = { ci, project, options, ports, done: [] }
  const env = options.cloudEnv
  const manager = options.tencentKey ? ports.manager({ ...options.tencentKey, envId: env }) : null

  if (manager) {
    for (const fn of plan.functions) await step(u, `确认云函数 ${fn.name} 存在（不存在则以 ${fn.runtime} 新建）`, () => ensureFunction(manager, fn))
    for (const c of plan.collections) await step(u, `数据库集合 ${c.name}（安全规则、${c.indexes.length} 个索引）`, () => createCollection(manager, c))
  }
  for (const fn of plan.functions) {
    await step(u, `上传云函数 ${fn.name}`, () => ci.cloud.uploadFunction({ project, env, name: fn.name, path: fn.dir, remoteNpmInstall: true }))
    if (fn.triggers.length > 0) {
      await step(u, `云函数 ${fn.name} 的定时触发器`, () =>
        ci.cloud.createTimeTrigger({ project, envId: env, functionName: fn.name, triggersConfig: fn.triggers }),
      )
    }
    if (manager) {
      await step(u, `云函数 ${fn.name} 的超时、内存和环境变量`, () =>
        manager.functions.updateFunctionConfig({ name: fn.name, timeout: fn.timeout, memorySize: fn.memorySize, envVariables: fn.vars }),
      )
    }
  }
  await step(u, `上传小程序 ${options.version}`, () =>
    ci.upload({
      project,
      version: options.version,
      desc: options.desc,
      setting: { useProjectConfig: true },
      robot: 1,
      onProgressUpdate: () => undefined,
    }),
  )
  return manager ? [] : consoleSteps(plan)
}
