import Database from 'better-sqlite3'
import { join } from 'node:path'
import { readAdminSetupCode, readDemo } from '../../emulator/cli'
import { Client, makeWorkspace, start } from './harness'

const CODE = 'first-day-Setup_2024'

describe('DEMO=0: the emulator as a new deployment', () => {
  const workspace = makeWorkspace()
  afterAll(() => workspace.remove())

  it('seeds no society and no user, and dev-admin is nobody special', async () => {
    const emulator = await start(workspace, { demo: false, adminSetupCode: CODE })
    try {
      const admin = new Client(emulator)
      await admin.login('dev-admin')
      expect(await admin.call('admin.listSocieties', {})).toMatchObject({ body: { ok: false, code: 'FORBIDDEN' } })
      const identities = await admin.send('/api/dev/identities')
      expect(identities.body.data).toEqual([expect.objectContaining({ role: null, label: '新用户（尚未绑定学会）' })])

      const first = new Client(emulator)
      await first.login('dev-new-first')
      expect(await first.ok('account.claimAdmin', { code: CODE })).toMatchObject({ role: 'admin' })
      expect((await first.ok('admin.listSocieties', {})).societies).toEqual([])
      const second = new Client(emulator)
      await second.login('dev-new-second')
      expect(await second.call('account.claimAdmin', { code: CODE })).toMatchObject({ body: { ok: false, code: 'INVALID_STATE' } })
    } finally {
      await emulator.close()
    }
  })

  it('is not seeded later by a start with the demo on the same data folder', async () => {
    const emulator = await start(workspace)
    await emulator.close()
    const db = new Database(join(workspace.dataDir, 'emulator.sqlite'), { readonly: true })
    try {
      expect(db.prepare('SELECT COUNT(*) AS n FROM societies').get()).toEqual({ n: 0 })
      expect(db.prepare("SELECT openid FROM users WHERE role = 'admin'").all()).toEqual([{ openid: 'dev-new-first' }])
    } finally {
      db.close()
    }
  })
})

describe('the emulator’s DEMO and ADMIN_SETUP_CODE variables', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['1', true],
    ['0', false],
    ['false', false],
    [' OFF ', false],
  ])('DEMO=%p → demo %p', (value, demo) => {
    expect(readDemo(value)).toBe(demo)
  })

  it('refuses a DEMO it does not understand, naming it', () => {
    expect(() => readDemo('2')).toThrow('DEMO 应为 0 或 1，而不是 2')
  })

  it('takes a setup code of the cloud functions’ rule and refuses another, naming the variable', () => {
    expect(readAdminSetupCode(` ${CODE} `)).toEqual({ adminSetupCode: CODE })
    expect(readAdminSetupCode('')).toEqual({})
    expect(() => readAdminSetupCode('short')).toThrow(/^ADMIN_SETUP_CODE 应为 12–64 个字母/)
  })
})
