import { runDeploy } from '../../../scripts/deploy'
import { fakePorts, keyFile, textFile } from './fakes'

const KEY = keyFile()
/** A PEM block built at run time, so that the repository holds no text that looks like a key (hygiene test). */
const pem = (label: string, body: string) => `${'-'.repeat(5)}BEGIN ${label}${'-'.repeat(5)}\n${body}\n${'-'.repeat(5)}END ${label}${'-'.repeat(5)}\n`
const GOOD = { appid: 'wx0123456789abcdef', key: KEY, env: 'prod-3g5x2a1b0c9d8e7f', version: '1.0.0' }
const VARS = { SUBSCRIBE_TEMPLATE_ID: 'tmplAbCdEf0123456789' }

const flags = (values: Partial<Record<keyof typeof GOOD, string | null>> = {}) =>
  Object.entries({ ...GOOD, ...values }).flatMap(([name, value]) => (value === null ? [] : [`--${name}`, value]))

/** Runs the deploy with fakes; a refused run must have touched nothing: no build, no CI module, no upload. */
async function refused(argv: string[], env: Record<string, string> = VARS) {
  const fake = fakePorts()
  const code = await runDeploy(argv, env, fake.ports, '/nonexistent-root')
  expect(fake.calls).toEqual([])
  return { code, out: fake.output() }
}

async function expectRefusal(argv: string[], env: Record<string, string>, named: string) {
  const { code, out } = await refused(argv, env)
  expect(code).toBe(2)
  expect(out).toContain(named)
  expect(out).toMatch(/有误|未设置/)
}

describe('npm run deploy refuses a missing or bad value with exit 2, naming it, before anything is built or uploaded', () => {
  it.each([
    ['--appid', { appid: null }, '缺少 --appid（小程序 AppID，或环境变量 WX_APPID）'],
    ['--key', { key: null }, '缺少 --key（代码上传密钥文件，或环境变量 WX_UPLOAD_KEY）'],
    ['--env', { env: null }, '缺少 --env（云开发环境 ID，或环境变量 WX_CLOUD_ENV）'],
    ['--version', { version: null }, '缺少 --version（版本号，或环境变量 WX_VERSION）'],
  ])('without %s', async (_flag, values, message) => {
    const { code, out } = await refused(flags(values))
    expect(code).toBe(2)
    expect(out).toContain(message)
    expect(out).toContain('未上传任何内容')
  })

  it.each([
    ['the tourist appid', { appid: 'touristappid' }, '--appid'],
    ['an appid of 15 hex digits', { appid: 'wx0123456789abcde' }, '--appid'],
    ['an appid in capitals', { appid: 'WX0123456789ABCDEF' }, '--appid'],
    ['an appid with a full-width digit', { appid: 'wx0123456789abcde１' }, '--appid'],
    ['a key file that does not exist', { key: '/no/such/private.key' }, '找不到文件 /no/such/private.key'],
    ['a key file that is not PEM', { key: textFile('private.key', 'just some text') }, '不是 PEM 格式的私钥'],
    ['a key file cut short', { key: textFile('private.key', pem('RSA PRIVATE KEY', 'MIIC')) }, '不是有效的私钥'],
    ['a public key', { key: textFile('public.pem', pem('PUBLIC KEY', 'MIIB')) }, '不是 PEM 格式的私钥'],
    ['an environment id in capitals', { env: 'Prod-3G5X' }, '--env'],
    ['an environment id without its suffix', { env: 'prod' }, '--env'],
    ['an environment id with a space', { env: 'prod 3g5x' }, '--env'],
    ['a version in words', { version: 'v1' }, '--version'],
    ['a version of two parts', { version: '1.0' }, '--version'],
    ['a version with an exponent', { version: '1e3.0.0' }, '--version'],
  ])('with %s', async (_what, values, named) => {
    await expectRefusal(flags(values), VARS, named)
  })

  it('refuses a bad value in a dry run too, while a missing one is only listed there', async () => {
    expect((await refused(['--dry-run', '--appid', 'wx123'])).code).toBe(2)
  })

  it.each([
    ['a setup code too short to resist guessing', { ADMIN_SETUP_CODE: 'short' }, 'ADMIN_SETUP_CODE'],
    ['a setup code with emoji', { ADMIN_SETUP_CODE: 'first-day-setup-🙂🙂' }, 'ADMIN_SETUP_CODE'],
    ['a write limit as an exponent', { WRITE_LIMIT_PER_MINUTE: '1e3' }, 'WRITE_LIMIT_PER_MINUTE'],
    ['a write limit with a comma decimal', { WRITE_LIMIT_PER_MINUTE: '4,5' }, 'WRITE_LIMIT_PER_MINUTE'],
    ['an unknown message state', { SUBSCRIBE_MINIPROGRAM_STATE: 'release' }, 'SUBSCRIBE_MINIPROGRAM_STATE'],
    ['half a Tencent Cloud key', { TENCENTCLOUD_SECRETID: 'AKIDexample' }, 'TENCENTCLOUD_SECRETKEY 未设置'],
  ])('with %s in the environment', async (_what, env, named) => {
    await expectRefusal(flags(), { ...VARS, ...env }, named)
  })

  it('refuses an upload without SUBSCRIBE_TEMPLATE_ID, which review and admin need', async () => {
    const { code, out } = await refused(flags(), {})
    expect(code).toBe(2)
    expect(out).toContain('缺少环境变量 SUBSCRIBE_TEMPLATE_ID')
  })

  it('refuses an unknown flag and a flag without its value', async () => {
    expect(await refused([...flags(), '--appId', 'x'])).toMatchObject({ code: 2, out: expect.stringContaining('不认识的参数 --appId') })
    expect(await refused([...flags(), '--desc'])).toMatchObject({ code: 2, out: expect.stringContaining('--desc 后面缺少取值') })
  })

  it('refuses a description of 101 characters or of two lines', async () => {
    expect((await refused(flags(), { ...VARS, WX_DESC: '说'.repeat(101) })).code).toBe(2)
    expect((await refused(flags(), { ...VARS, WX_DESC: '第一行\n第二行' })).code).toBe(2)
  })

  it('takes every value from the environment as well (WX_APPID, WX_UPLOAD_KEY, WX_CLOUD_ENV, WX_VERSION), flags winning', async () => {
    const fake = fakePorts()
    const env = { ...VARS, WX_APPID: 'touristappid', WX_UPLOAD_KEY: KEY, WX_CLOUD_ENV: GOOD.env, WX_VERSION: '2.0.0' }
    // The bad WX_APPID is overridden by the flag; the rest come from the environment. The missing build stops it at exit 1.
    expect(await runDeploy(['--appid', GOOD.appid, '--skip-build'], env, fake.ports, '/nonexistent-root')).toBe(1)
    expect(fake.output()).toContain('小程序未构建')
    expect(fake.calls).toEqual([])
  })

  it('prints the usage with --help and exits 0', async () => {
    const fake = fakePorts()
    expect(await runDeploy(['--help'], {}, fake.ports)).toBe(0)
    expect(fake.output()).toContain('用法：npm run deploy')
  })
})
