import { dispatch } from '../../cloudfunctions/core/dispatch'
import type { ServerConfig } from '../../cloudfunctions/core/ports'
import { setupCodeMatches } from '../../cloudfunctions/core/handlers/claim-admin'
import { openSqliteStore, type SqliteStore } from '../../emulator/store/sqlite-store'
import type { ActionResult } from '../../src/shared'
import { testPorts } from './fakes'

const CODE = 'first-day-Setup_2024'

let store: SqliteStore
afterEach(() => store?.close())

/** A fresh deployment: no admin, no societies, the deployer's ADMIN_SETUP_CODE configured (or not). */
function fresh(config: Partial<ServerConfig> = {}) {
  store = openSqliteStore(':memory:')
  const ports = testPorts(store, { bootstrapAdmins: [], writeLimitPerMinute: 1000, adminSetupCode: CODE, ...config })
  const call = (openid: string | null, action: string, input?: unknown): Promise<ActionResult<unknown>> =>
    dispatch({ action, input }, ports.context(openid))
  return { call, ...ports }
}

const claim = (call: ReturnType<typeof fresh>['call'], openid: string, code: unknown = CODE) => call(openid, 'account.claimAdmin', { code })

describe('account.claimAdmin: the first admin by the setup code', () => {
  it('makes the first signed-in user who enters the code admin, and refuses everyone after', async () => {
    const { call } = fresh()
    expect(await claim(call, 'o-first', `  ${CODE} `)).toMatchObject({ ok: true, data: { role: 'admin' } })
    expect((await store.getUser('o-first'))?.role).toBe('admin')
    expect((await call('o-first', 'admin.listSocieties', {})).ok).toBe(true)

    const second = await claim(call, 'o-second')
    expect(second).toMatchObject({ ok: false, code: 'INVALID_STATE', message: expect.stringContaining('已有管理员') })
    expect(await store.getUser('o-second')).toBeNull()
    // Even the first admin's own code, typed again, changes nothing and says why.
    expect(await claim(call, 'o-first')).toMatchObject({ ok: false, message: '您已经是管理员了' })
    expect((await store.listUsersByRole('admin')).map((u) => u.openid)).toEqual(['o-first'])
  })

  it('records who became admin in the audit log', async () => {
    const { call } = fresh()
    await claim(call, 'o-first')
    expect(await store.listAudit('o-first')).toEqual([
      expect.objectContaining({ actor: 'o-first', action: 'account.claimAdmin', before: null, after: { role: 'admin' } }),
    ])
  })

  it('makes exactly one admin of two simultaneous claims', async () => {
    const { call } = fresh()
    const results = await Promise.all(['o-a', 'o-b', 'o-c', 'o-d'].map((openid) => claim(call, openid)))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    for (const refused of results.filter((r) => !r.ok)) expect(refused).toMatchObject({ code: 'INVALID_STATE' })
    expect(await store.listUsersByRole('admin')).toHaveLength(1)
  })

  it('makes one admin when the store is raced below the handler (both saw no admin)', async () => {
    fresh()
    const admin = (openid: string) => ({ openid, role: 'admin' as const, societyId: null, name: '', phone: '', createdAt: 't', updatedAt: 't' })
    const [a, b] = await Promise.all([store.promoteFirstAdmin(admin('o-a')), store.promoteFirstAdmin(admin('o-b'))])
    expect([a, b].sort()).toEqual([false, true])
    expect(await store.listUsersByRole('admin')).toHaveLength(1)
  })

  it.each([
    ['a wrong code', 'first-day-Setup_2025'],
    ['the code with one letter in the other case', CODE.toLowerCase()],
    ['a prefix of the code', CODE.slice(0, -1)],
    ['the code doubled', CODE + CODE],
    ['a wrong code in full-width characters', 'ｆｉｒｓｔ-day-Setup_２０２５'],
    ['an emoji', `${CODE}🙂`],
  ])('refuses %s, naming the setup code, and makes nobody admin', async (_what, code) => {
    const { call } = fresh()
    expect(await claim(call, 'o-guess', code)).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '管理员设置码不正确，请向部署人员核实' })
    expect(await store.getUser('o-guess')).toBeNull()
  })

  it('refuses an empty, missing or 65-character code with a message naming the field', async () => {
    const { call } = fresh()
    expect(await claim(call, 'o-x', '   ')).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('管理员设置码') })
    expect(await call('o-x', 'account.claimAdmin', {})).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect(await claim(call, 'o-x', 'x'.repeat(65))).toMatchObject({ ok: false, message: expect.stringContaining('管理员设置码不能超过64字') })
    expect(await claim(call, 'o-x', 12345678901234)).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  })

  it('is off when no ADMIN_SETUP_CODE is configured: every code is refused, saying so', async () => {
    const { call } = fresh({ adminSetupCode: undefined })
    expect(await claim(call, 'o-first')).toMatchObject({ ok: false, code: 'FORBIDDEN', message: expect.stringContaining('未设置管理员设置码') })
    expect(await store.listUsersByRole('admin')).toEqual([])
  })

  it('refuses once an admin exists some other way (a bootstrap admin)', async () => {
    const { call } = fresh({ bootstrapAdmins: ['o-boot'] })
    await call('o-boot', 'account.whoami', {})
    expect(await claim(call, 'o-late')).toMatchObject({ ok: false, code: 'INVALID_STATE' })
  })

  it('takes the identity from the context only, never from the payload', async () => {
    const { call } = fresh()
    expect(await call('o-me', 'account.claimAdmin', { code: CODE, openid: 'o-victim' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect(await call(null, 'account.claimAdmin', { code: CODE })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect(await store.listUsersByRole('admin')).toEqual([])
  })

  it('is rate limited like binding codes: guesses beyond the per-minute budget are refused, even the right code', async () => {
    const { call, clock } = fresh({ writeLimitPerMinute: 3 })
    for (let i = 0; i < 3; i++) expect(await claim(call, 'o-guess', `wrong-guess-000${i}`)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await claim(call, 'o-guess')).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    clock.advance(60_000)
    expect(await claim(call, 'o-guess')).toMatchObject({ ok: true })
  })

  it('does not turn a society’s filler into the admin', async () => {
    const { call } = fresh({ bootstrapAdmins: [] })
    await store.putSociety({ id: 's1', name: '自治区农学会', contact: '钱老师', bindingCodeHash: 'h', createdAt: 't' })
    await store.putUser({ openid: 'o-filler', role: 'filler', societyId: 's1', name: '张', phone: '', createdAt: 't', updatedAt: 't' })
    expect(await claim(call, 'o-filler')).toMatchObject({ ok: false, code: 'ALREADY_BOUND' })
    expect((await store.getUser('o-filler'))?.role).toBe('filler')
  })
})

describe('setupCodeMatches', () => {
  it('compares whole codes of any length without throwing', () => {
    expect(setupCodeMatches(CODE, CODE)).toBe(true)
    expect(setupCodeMatches('', CODE)).toBe(false)
    expect(setupCodeMatches('x'.repeat(1000), CODE)).toBe(false)
  })

  it('reads a code typed in full-width characters or with spaces around it as the code, case still counting', () => {
    expect(setupCodeMatches('ｆｉｒｓｔ－ｄａｙ－Ｓｅｔｕｐ＿２０２４', CODE)).toBe(true)
    expect(setupCodeMatches(`\u3000 ${CODE} \n`, CODE)).toBe(true)
    expect(setupCodeMatches(CODE.toLowerCase(), CODE)).toBe(false)
  })
})
