import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildCloudFunctions } from '../../../scripts/build-cloud'
import { runDeploy } from '../../../scripts/deploy'
import { fakePorts, keyFile } from './fakes'

jest.setTimeout(60_000)

/** A checkout with a small mini-program build (main package and one subpackage) and the real cloud functions. */
let root: string
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'deploy-root-'))
  const weapp = join(root, 'dist/weapp')
  mkdirSync(join(weapp, 'filler/bind'), { recursive: true })
  writeFileSync(join(weapp, 'app.json'), JSON.stringify({ pages: ['pages/home/index'], subPackages: [{ root: 'filler', pages: ['bind/index'] }] }))
  writeFileSync(join(weapp, 'app.js'), 'x'.repeat(1000))
  writeFileSync(join(weapp, 'filler/bind/index.js'), 'y'.repeat(3000))
  writeFileSync(join(weapp, 'project.config.json'), '{}')
  await buildCloudFunctions({ outDir: join(root, 'dist/cloudfunctions'), log: false })
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

const KEY = keyFile()
const FLAGS = ['--appid', 'wx0123456789abcdef', '--key', KEY, '--env', 'prod-3g5x2a1b0c9d8e7f', '--version', '1.2.3', '--desc', '首次上线', '--skip-build']
const VARS = { SUBSCRIBE_TEMPLATE_ID: 'tmplAbCdEf0123456789', ADMIN_SETUP_CODE: 'first-day-Setup_2024', WRITE_LIMIT_PER_MINUTE: '80' }
const TENCENT = { TENCENTCLOUD_SECRETID: 'AKIDexample', TENCENTCLOUD_SECRETKEY: 'secret-example' }

describe('npm run deploy with the CI module (a fake) and no Tencent Cloud key', () => {
  it('uploads every function with its trigger, then the mini-program with its version, and prints the console steps', async () => {
    const fake = fakePorts()
    expect(await runDeploy(FLAGS, VARS, fake.ports, root)).toBe(0)
    const project = fake.named('ci.Project')
    expect(project).toEqual([
      { what: 'ci.Project', args: expect.objectContaining({ appid: 'wx0123456789abcdef', type: 'miniProgram', projectPath: join(root, 'dist/weapp'), privateKeyPath: KEY }) },
    ])
    const uploads = fake.named('ci.cloud.uploadFunction').map((c) => c.args)
    expect(uploads.map((a) => a.name)).toEqual(['account', 'submission', 'review', 'admin', 'report', 'reading'])
    for (const args of uploads) {
      expect(args).toMatchObject({ env: 'prod-3g5x2a1b0c9d8e7f', path: join(root, 'dist/cloudfunctions', args.name as string), remoteNpmInstall: true })
    }
    expect(fake.named('ci.cloud.createTimeTrigger').map((c) => c.args)).toEqual([
      expect.objectContaining({ envId: 'prod-3g5x2a1b0c9d8e7f', functionName: 'review', triggersConfig: [{ name: 'retryUndelivered', type: 'timer', config: '0 */10 * * * * *' }] }),
      expect.objectContaining({ envId: 'prod-3g5x2a1b0c9d8e7f', functionName: 'admin', triggersConfig: [{ name: 'scheduledReminders', type: 'timer', config: '0 0 * * * * *' }] }),
      expect.objectContaining({ envId: 'prod-3g5x2a1b0c9d8e7f', functionName: 'reading', triggersConfig: [{ name: 'readEvidence', type: 'timer', config: '0 * * * * * *' }] }),
    ])
    expect(fake.named('ci.upload').map((c) => c.args)).toEqual([expect.objectContaining({ version: '1.2.3', desc: '首次上线', robot: 1 })])
    // The back end first, the mini-program that calls it last.
    expect(fake.calls.at(-1)?.what).toBe('ci.upload')
    expect(fake.calls.some((c) => c.what.startsWith('manager'))).toBe(false)
    expect(fake.named('npm run')).toEqual([])

    const out = fake.output()
    expect(out).toContain('✓ 已上传云函数 6 个和小程序 1.2.3')
    expect(out).toContain('还需在云开发控制台手动完成')
    expect(out).toMatch(/account：超时时间 10 秒，内存 256 MB；环境变量 .*ADMIN_SETUP_CODE = （部署时 ADMIN_SETUP_CODE 的值，\*\*\*\*（已设置，20 个字符））/)
    expect(out).toContain('reading：超时时间 60 秒，内存 512 MB；环境变量 无')
    expect(out).not.toContain(VARS.ADMIN_SETUP_CODE)
  })

  it('builds the mini-program for the same environment and template as the functions, unless --skip-build', async () => {
    const fake = fakePorts()
    expect(await runDeploy(FLAGS.filter((f) => f !== '--skip-build'), VARS, fake.ports, root)).toBe(0)
    expect(fake.named('npm run').map((c) => c.args)).toEqual([
      { script: 'build:weapp', env: { TARO_APP_ID: 'wx0123456789abcdef', TARO_APP_CLOUD_ENV: 'prod-3g5x2a1b0c9d8e7f', TARO_APP_SUBSCRIBE_TEMPLATE_ID: VARS.SUBSCRIBE_TEMPLATE_ID } },
      { script: 'build:cloud', env: {} },
    ])
    expect(fake.calls.findIndex((c) => c.what === 'npm run')).toBeLessThan(fake.calls.findIndex((c) => c.what === 'ci.load'))
  })

  it('stops at the first failed upload, exits 1, and says what was already done', async () => {
    const fake = fakePorts({ failOn: 'ci.cloud.createTimeTrigger' })
    expect(await runDeploy(FLAGS, VARS, fake.ports, root)).toBe(1)
    expect(fake.output()).toContain('云函数 review 的定时触发器失败：ci.cloud.createTimeTrigger refused by the fake')
    expect(fake.output()).toContain('此前已完成：上传云函数 account；上传云函数 submission；上传云函数 review')
    expect(fake.named('ci.upload')).toEqual([])
    expect(fake.named('ci.cloud.uploadFunction')).toHaveLength(3)
  })
})

describe('npm run deploy with a Tencent Cloud API key (the CloudBase manager, a fake)', () => {
  it('creates missing functions on Node 16, the collections with their rules and indexes, and sets each function’s variables', async () => {
    const fake = fakePorts({ existingFunctions: ['account'] })
    expect(await runDeploy(FLAGS, { ...VARS, ...TENCENT }, fake.ports, root)).toBe(0)
    expect(fake.named('manager.new').map((c) => c.args)).toEqual([{ secretId: 'AKIDexample', secretKey: 'secret-example', envId: 'prod-3g5x2a1b0c9d8e7f' }])
    const created = fake.named('manager.createFunction').map((c) => c.args.func as Record<string, unknown>)
    expect(created.map((f) => f.name)).toEqual(['submission', 'review', 'admin', 'report', 'reading'])
    for (const func of created) expect(func).toMatchObject({ runtime: 'Nodejs16.13', installDependency: true })

    const config = Object.fromEntries(fake.named('manager.updateFunctionConfig').map((c) => [c.args.name as string, c.args as { envVariables: object }]))
    expect(config.account).toEqual({
      name: 'account',
      timeout: 10,
      memorySize: 256,
      envVariables: { WRITE_LIMIT_PER_MINUTE: '80', ADMIN_SETUP_CODE: VARS.ADMIN_SETUP_CODE },
    })
    expect(config.review).toMatchObject({ timeout: 20, envVariables: { SUBSCRIBE_TEMPLATE_ID: VARS.SUBSCRIBE_TEMPLATE_ID, WRITE_LIMIT_PER_MINUTE: '80' } })
    expect(config.report).toMatchObject({ timeout: 60, memorySize: 512 })
    // The timer-run reader of evidence photos: Tesseract needs the memory; it reads no variable.
    expect(config.reading).toEqual({ name: 'reading', timeout: 60, memorySize: 512, envVariables: {} })
    // The setup code goes to the function that checks it, nowhere else.
    expect(Object.values(config).filter((c) => 'ADMIN_SETUP_CODE' in c.envVariables)).toHaveLength(1)

    const rules = fake.named('manager.modifyResourcePermission').map((c) => c.args)
    expect(rules).toContainEqual({ resourceType: 'collection', resource: 'users', permission: 'CUSTOM', securityRule: '{"read":false,"write":false}' })
    expect(rules).toHaveLength(fake.named('manager.createCollectionIfNotExists').length)
    const submissions = fake.named('manager.updateCollection').find((c) => c.args.name === 'submissions')?.args
    expect(submissions?.CreateIndexes).toContainEqual({
      IndexName: 'year_1_updatedAt_-1',
      MgoKeySchema: { MgoIndexKeys: [{ Name: 'year', Direction: '1' }, { Name: 'updatedAt', Direction: '-1' }], MgoIsUnique: false },
    })
    // A collection without indexes of its own needs no index call.
    expect(fake.named('manager.updateCollection').map((c) => c.args.name)).not.toContain('admin_claims')
    expect(fake.output()).not.toContain('还需在云开发控制台手动完成')
    expect(fake.output()).not.toContain(VARS.ADMIN_SETUP_CODE)
  })
})

describe('WeChat’s package limits', () => {
  it('refuses to upload a subpackage over 2 MB, naming it, exit 1', async () => {
    const big = join(root, 'dist/weapp/filler/big.js')
    writeFileSync(big, Buffer.alloc(2 * 1024 * 1024 + 1, 'z'))
    try {
      const fake = fakePorts()
      expect(await runDeploy(FLAGS, VARS, fake.ports, root)).toBe(1)
      expect(fake.output()).toMatch(/✗ filler\/ 2\.00 MB，超过每个包 2 MB 的上限/)
      expect(fake.output()).toContain('超出微信的代码包限制，未上传任何内容')
      expect(fake.named('ci.load')).toEqual([])
    } finally {
      rmSync(big)
    }
  })
})
