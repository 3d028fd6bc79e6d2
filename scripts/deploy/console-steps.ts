import { masked, SECRET_VARS } from './function-settings'
import type { DeployPlan } from './plan'

/** Before the first upload without the manager SDK: miniprogram-ci would create a missing function on an old runtime. */
export function functionCreationSteps(plan: DeployPlan): string[] {
  return [
    '首次部署前（只需一次）：在 云开发控制台 → 云函数 → 新建云函数，逐个新建以下云函数，运行环境选 Node.js 16.13：',
    `  ${plan.functions.map((fn) => fn.name).join('、')}`,
    '  （miniprogram-ci 上传一个不存在的云函数时会用旧的默认运行环境创建它，打包后的代码在那里无法运行。）',
  ]
}

const valueToType = (name: string, value: string) => (SECRET_VARS.has(name) ? `（部署时 ${name} 的值，${masked(name, value)}）` : value)

/** What to set by hand in the cloud console when no Tencent Cloud API key was given. */
export function consoleSteps(plan: DeployPlan): string[] {
  const lines = ['云函数设置：云开发控制台 → 云函数 → 函数名 → 版本与配置 → 编辑：']
  for (const fn of plan.functions) {
    const vars = Object.entries(fn.vars).map(([name, value]) => `${name} = ${valueToType(name, value)}`)
    lines.push(`  ${fn.name}：超时时间 ${fn.timeout} 秒，内存 ${fn.memorySize} MB；环境变量 ${vars.length ? vars.join('；') : '无'}`)
  }
  lines.push('', '数据库：云开发控制台 → 数据库，对下列每个集合：')
  lines.push('  1. “+” 新建集合（名称如下）；')
  lines.push('  2. 数据权限 → 自定义安全规则，粘贴该集合的规则，保存；')
  lines.push('  3. 索引管理 → 添加索引，按下列名称、字段、顺序（升序 / 降序）和唯一性逐个添加。')
  for (const c of plan.collections) {
    lines.push(`  ${c.name}：规则 ${JSON.stringify(c.rule)}`)
    for (const index of c.indexes) {
      const fields = index.fields.map((f) => `${f.field} ${f.order === 'desc' ? '降序' : '升序'}`).join('，')
      lines.push(`    索引 ${index.name}：${fields}${index.unique ? '；唯一' : '；非唯一'}`)
    }
  }
  return lines
}
