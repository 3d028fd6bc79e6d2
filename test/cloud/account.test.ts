import { ADMIN, FILLER_A, FILLER_B, REVIEWER, STRANGER, useHarness } from './harness'

const h = useHarness()

const bind = (openid: string, bindingCode: string, name = '孙填报', phone = '13500135000') =>
  h.call(openid, 'account.bind', { bindingCode, name, phone })

describe('account.whoami', () => {
  it('tells each caller their role, society and profile', async () => {
    expect(await h.ok(FILLER_A, 'account.whoami', {})).toEqual({
      role: 'filler',
      society: { id: h.societyA.id, name: '新疆计算机学会' },
      profile: { name: '张填报', phone: '13800138000' },
      currentYear: { year: 2022, status: 'open', deadline: null },
    })
    expect(await h.ok(REVIEWER, 'account.whoami', {})).toEqual({ role: 'reviewer', society: null, profile: { name: '王审核', phone: '' }, currentYear: { year: 2022, status: 'open', deadline: null } })
    expect(await h.ok(ADMIN, 'account.whoami', {})).toEqual({ role: 'admin', society: null, profile: null, currentYear: { year: 2022, status: 'open', deadline: null } })
  })
})

describe('account.bind', () => {
  it('binds with the code as people type it: spaces around, lower case', async () => {
    const me = await bind(STRANGER, `  ${h.societyB.code.toLowerCase()} `)
    expect(me).toMatchObject({ ok: true, data: { role: 'filler', society: { id: h.societyB.id }, profile: { name: '孙填报' } } })
  })

  it('binds with the code typed in full-width letters, grouped with a space or a dash', async () => {
    const fullWidth = [...h.societyB.code.toLowerCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')
    const grouped = `${fullWidth.slice(0, 4)}\u3000${fullWidth.slice(4)}` // an ideographic space between the halves
    expect(await bind(STRANGER, grouped)).toMatchObject({ ok: true, data: { society: { id: h.societyB.id } } })
    expect(await bind('o-dash', `${h.societyB.code.slice(0, 4)}-${h.societyB.code.slice(4)}`)).toMatchObject({ ok: true })
  })

  it('refuses a wrong code with BAD_BINDING_CODE', async () => {
    expect(await bind(STRANGER, 'ABCDEFGH')).toMatchObject({ code: 'BAD_BINDING_CODE', message: '绑定码不正确，请向管理员核实' })
    expect(await h.store.getUser(STRANGER)).toBeNull()
  })

  it('refuses a filler bound elsewhere, and updates the profile when binding to the same society again', async () => {
    expect(await bind(FILLER_A, h.societyB.code)).toMatchObject({ code: 'ALREADY_BOUND' })
    expect(await bind(FILLER_A, h.societyA.code, '张新名')).toMatchObject({ ok: true, data: { profile: { name: '张新名' } } })
  })

  it('refuses reviewers and admins', async () => {
    expect(await bind(REVIEWER, h.societyA.code)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await bind(ADMIN, h.societyA.code)).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('names a bad phone number', async () => {
    expect(await bind(STRANGER, h.societyA.code, '孙填报', '12345')).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('手机号应为11位中国大陆手机号'),
    })
  })
})

describe('account.updateProfile', () => {
  it('changes the name and phone', async () => {
    const me = await h.ok(FILLER_B, 'account.updateProfile', { name: ' 周填报 ', phone: '13300133000' })
    expect(me.profile).toEqual({ name: '周填报', phone: '13300133000' })
    expect((await h.store.getUser(FILLER_B))?.societyId).toBe(h.societyB.id)
  })
})
