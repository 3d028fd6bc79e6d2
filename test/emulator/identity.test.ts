import { Client, useEmulator } from './harness'

const emulator = useEmulator()

describe('seeded demo identities', () => {
  test('lists the seeded filler, reviewer and admin, and a brand-new user', async () => {
    const { body } = await new Client(emulator()).send('/api/dev/identities')
    const identities = body.data as { openid: string; role: string | null; societyName: string | null }[]
    expect(identities.slice(0, 3).map((i) => [i.openid, i.role, i.societyName])).toEqual([
      ['dev-filler-1', 'filler', '自治区计算机学会'],
      ['dev-reviewer', 'reviewer', null],
      ['dev-admin', 'admin', null],
    ])
    expect(identities.at(-1)).toMatchObject({ role: null, openid: expect.stringMatching(/^dev-new-[a-z0-9]+$/) })
  })

  test('the seeded filler is bound to the first society', async () => {
    const filler = new Client(emulator())
    await filler.login('dev-filler-1')
    expect(await filler.ok('account.whoami', {})).toMatchObject({
      role: 'filler',
      society: { name: '自治区计算机学会' },
      profile: { name: '李晓梅' },
    })
  })

  test('three demo societies were registered through the admin', async () => {
    const admin = new Client(emulator())
    await admin.login('dev-admin')
    const { societies } = await admin.ok('admin.listSocieties', {})
    expect(societies.map((s: { name: string }) => s.name).sort()).toEqual(['自治区农学会', '自治区医学会', '自治区计算机学会'].sort())
  })
})

describe('who the caller is', () => {
  test('without a session an action answers UNAUTHENTICATED', async () => {
    const { status, body } = await new Client(emulator()).call('account.whoami', {})
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
  })

  test('an identity in the body is ignored', async () => {
    const anonymous = new Client(emulator())
    const event = { action: 'account.whoami', input: {}, openid: 'dev-admin', OPENID: 'dev-admin' }
    const { body } = await anonymous.send('/api/call', { method: 'POST', body: JSON.stringify(event) })
    expect(body).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })

    const filler = new Client(emulator())
    await filler.login('dev-filler-1')
    const asFiller = await filler.send('/api/call', { method: 'POST', body: JSON.stringify({ ...event, action: 'admin.listUsers' }) })
    expect(asFiller.body).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  test('dev login sets an HttpOnly SameSite=Strict cookie; logout ends the session', async () => {
    const client = new Client(emulator())
    const login = await client.login('dev-reviewer')
    expect(login.headers.get('set-cookie')).toMatch(/HttpOnly/)
    expect(login.headers.get('set-cookie')).toMatch(/SameSite=Strict/)
    expect((await client.ok('account.whoami', {})).role).toBe('reviewer')

    await client.send('/api/dev/logout', { method: 'POST' })
    expect((await client.call('account.whoami', {})).body.code).toBe('UNAUTHENTICATED')
  })

  test('a brand-new dev user is authenticated but not bound', async () => {
    const client = new Client(emulator())
    await client.login('dev-new-abc123')
    expect(await client.ok('account.whoami', {})).toEqual({ role: null, society: null, profile: null, currentYear: { year: 2022, status: 'open', deadline: null } })
  })

  test.each(['wx-openid', 'dev-ADMIN', 'dev-../x', ''])('refuses to log in as %j', async (openid) => {
    const { status, body } = await new Client(emulator()).login(openid)
    expect(status).toBe(400)
    expect(body).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  })
})

describe('transport errors are typed', () => {
  test('bad JSON', async () => {
    const { status, body } = await new Client(emulator()).send('/api/call', { method: 'POST', body: '{"action":' })
    expect(status).toBe(400)
    expect(body).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '请求不是有效的 JSON' })
  })

  test('a body over 1 MB', async () => {
    const input = { name: 'x'.repeat(1024 * 1024) }
    const { status, body } = await new Client(emulator()).send('/api/call', {
      method: 'POST',
      body: JSON.stringify({ action: 'admin.registerSociety', input }),
    })
    expect(status).toBe(413)
    expect(body).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE' })
  })

  test('an unknown action', async () => {
    const client = new Client(emulator())
    await client.login('dev-filler-1')
    const { body } = await client.send('/api/call', { method: 'POST', body: JSON.stringify({ action: 'nope', input: {} }) })
    expect(body).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' })
  })

  test('an unknown API path and a wrong method', async () => {
    const client = new Client(emulator())
    expect((await client.send('/api/nothing')).status).toBe(404)
    expect((await client.send('/api/call')).status).toBe(405)
  })
})
