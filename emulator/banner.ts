import type { EmulatorApp } from './app'
import { listIdentities } from './routes/dev'

/** Without the demo: how the first admin comes about (the code itself is the deployer's to keep). */
function setupLines(app: EmulatorApp): string[] {
  if (app.seed.identities.length > 0) return []
  return app.adminSetupCode
    ? ['', '未加载演示数据（DEMO=0）：以新用户登录，在绑定页点“我是管理员”，输入 ADMIN_SETUP_CODE 领取管理员。']
    : ['', '未加载演示数据（DEMO=0），且未设置 ADMIN_SETUP_CODE：无人能成为管理员。请设置后重新启动。']
}

/** What `npm start` prints once the emulator listens: where to go, who to be, and the binding codes. */
export async function banner(app: EmulatorApp, url: string, dataDir: string): Promise<string> {
  const identities = (await listIdentities(app)).filter((i) => i.role !== null)
  const width = Math.max(14, ...identities.map((i) => i.openid.length)) + 2
  const lines = [
    '',
    '学会绩效自评 · 本地模拟环境已启动',
    `  地址：      ${url}`,
    `  选择身份：  ${url}#/pages/dev-login/index`,
    `  数据目录：  ${dataDir}`,
    '',
    '演示身份（在“选择身份”页点选，或 POST /api/dev/login {"openid":"…"}）：',
    ...identities.map((i) => `  ${i.openid.padEnd(width)}${i.label}${i.societyName ? ` · ${i.societyName}` : ''}`),
    `  ${'dev-new-xxxx'.padEnd(width)}新用户（尚未绑定学会${app.seed.societies.length > 0 ? '，可用下面的绑定码绑定' : ''}）`,
  ]
  lines.push(...setupLines(app))
  if (app.seed.societies.length > 0) {
    lines.push('', '学会绑定码（初始化时生成；管理员重新生成后以新码为准）：')
    lines.push(...app.seed.societies.map((s) => `  ${s.bindingCode.padEnd(width)}${s.name}`))
  }
  lines.push('', '按 Ctrl-C 停止。', '')
  return lines.join('\n')
}
