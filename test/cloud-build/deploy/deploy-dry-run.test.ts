import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import collections from '../../../cloudfunctions/database/collections.json'
import { buildCloudFunctions } from '../../../scripts/build-cloud'
import { runDeploy } from '../../../scripts/deploy'
import { measurePackages } from '../../../scripts/deploy/plan'
import { WEAPP_DIR, ensureWeappBuild, filesIn } from '../../security/weapp-build'
import { fakePorts } from './fakes'

const ROOT = resolve(__dirname, '../../..')
jest.setTimeout(300_000)

beforeAll(async () => {
  ensureWeappBuild()
  await buildCloudFunctions({ log: false })
})

describe('npm run deploy -- --dry-run on the real build', () => {
  it('prints every package against WeChat’s limits, every function, every collection, and uploads nothing', async () => {
    const fake = fakePorts()
    const secret = 'first-day-Setup_2024'
    expect(await runDeploy(['--dry-run', '--skip-build'], { ADMIN_SETUP_CODE: secret }, fake.ports, ROOT)).toBe(0)
    expect(fake.calls).toEqual([])
    const out = fake.output()

    const app = require(join(WEAPP_DIR, 'app.json')) as { subPackages: { root: string }[] }
    for (const { root } of app.subPackages) expect(out).toMatch(new RegExp(`  ${root}/ +\\d+\\.\\d KB +\\d+ 个文件  上限 2 MB 的 \\d+%`))
    expect(out).toMatch(/ {2}主包 +\d+\.\d KB/)
    // The packages add up to every file of the build but the project file.
    const packages = measurePackages(WEAPP_DIR)
    const counted = filesIn(WEAPP_DIR).filter((f) => !f.endsWith('project.config.json')).length
    expect(packages.reduce((n, p) => n + p.files, 0)).toBe(counted)
    for (const p of packages) expect(p.bytes).toBeLessThan(2 * 1024 * 1024)

    expect(out).toContain('云函数（6 个，云端安装依赖）')
    expect(out).toMatch(/reading .*\n.*权限 openapi：无\n.*触发器：readEvidence（timer，0 \* \* \* \* \* \*）/)
    expect(out).toMatch(/review .*\n.*权限 openapi：subscribeMessage\.send\n.*触发器：retryUndelivered（timer，0 \*\/10 \* \* \* \* \*）/)
    expect(out).toMatch(/admin .*\n.*权限 openapi：subscribeMessage\.send、wxacode\.getUnlimited/)
    expect(out).toMatch(/account .*\n.*\n.*\n.*\n.*环境变量：ADMIN_SETUP_CODE=\*\*\*\*（已设置，20 个字符）/)
    expect(out).not.toContain(secret)
    for (const c of collections.collections) expect(out).toContain(`  ${c.name}  规则 {"read":false,"write":false}`)
    expect(out).toContain('缺少 --appid')
    expect(out).toContain('演练结束：未联网，未上传任何内容。')
  })

  it('as a command: the dry run exits 0; an upload without --appid exits 2 naming it', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/deploy.ts', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      })
    const dry = run(['--dry-run', '--skip-build'])
    expect(dry.status).toBe(0)
    expect(dry.stdout).toContain('演练结束')
    const upload = run(['--skip-build', '--key', '/no/such.key', '--env', 'prod-abc123', '--version', '1.0.0'])
    expect(upload.status).toBe(2)
    expect(upload.stdout).toContain('缺少 --appid')
  })
})
