import type { EmulatorApp } from './app'
import { listIdentities } from './routes/dev'

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
    `  ${'dev-new-xxxx'.padEnd(width)}新用户（尚未绑定学会，可用下面的绑定码绑定）`,
  ]
  if (app.seed.societies.length > 0) {
    lines.push('', '学会绑定码（初始化时生成；管理员重新生成后以新码为准）：')
    lines.push(...app.seed.societies.map((s) => `  ${s.bindingCode.padEnd(width)}${s.name}`))
  }
  lines.push('', '按 Ctrl-C 停止。', '')
  return lines.join('\n')
}
