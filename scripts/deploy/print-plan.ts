import { relative } from 'node:path'
import { masked } from './function-settings'
import { PACKAGE_LIMIT_BYTES, TOTAL_LIMIT_BYTES, type DeployPlan } from './plan'

/** Pads to a width in columns, a Chinese character taking two. */
const pad = (text: string, columns: number) => text + ' '.repeat(Math.max(1, columns - [...text].reduce((w, c) => w + (c > '\u2e80' ? 2 : 1), 0)))
const KB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const share = (bytes: number, limit: number) => `${Math.round((bytes / limit) * 100)}%`

/** The plan in words: packages against WeChat's limits, functions with what they are given, the database. */
export function describePlan(plan: DeployPlan, root: string): string[] {
  const lines = [`小程序（${relative(root, plan.weappDir)}）：`]
  for (const p of plan.packages) {
    lines.push(`  ${pad(p.name, 12)}${KB(p.bytes).padStart(11)}  ${String(p.files).padStart(4)} 个文件  上限 2 MB 的 ${share(p.bytes, PACKAGE_LIMIT_BYTES)}`)
  }
  lines.push(`  ${pad('合计', 12)}${KB(plan.totalBytes).padStart(11)}  上限 20 MB 的 ${share(plan.totalBytes, TOTAL_LIMIT_BYTES)}`)
  for (const over of plan.overLimits) lines.push(`  ✗ ${over}`)

  lines.push('', `云函数（${plan.functions.length} 个，云端安装依赖）：`)
  for (const fn of plan.functions) {
    lines.push(`  ${fn.name}  ${KB(fn.bytes)}  运行环境 ${fn.runtime}，超时 ${fn.timeout} 秒，内存 ${fn.memorySize} MB`)
    lines.push(`    权限 openapi：${fn.openapi.length ? fn.openapi.join('、') : '无'}`)
    lines.push(`    触发器：${fn.triggers.length ? fn.triggers.map((t) => `${t.name}（${t.type}，${t.config}）`).join('、') : '无'}`)
    lines.push(`    依赖：${Object.entries(fn.dependencies).map(([name, version]) => `${name}@${version}`).join('、')}`)
    const vars = Object.entries(fn.vars)
    lines.push(`    环境变量：${vars.length ? vars.map(([name, value]) => `${name}=${masked(name, value)}`).join('，') : '无'}`)
  }

  lines.push('', `数据库集合（${plan.collections.length} 个，安全规则均为 ${JSON.stringify({ read: false, write: false })}：小程序端不能直接读写）：`)
  for (const c of plan.collections) {
    const indexes = c.indexes.map((i) => `${i.name}${i.unique ? '（唯一）' : ''}`)
    lines.push(`  ${c.name}  规则 ${JSON.stringify(c.rule)}  索引：${indexes.length ? indexes.join('、') : '无（只按 _id 读取）'}`)
  }
  return lines
}
