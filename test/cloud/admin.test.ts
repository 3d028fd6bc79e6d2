import { createHash } from 'node:crypto'
import { ADMIN, FILLER_A, REVIEWER, STRANGER, useHarness } from './harness'

const h = useHarness()

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

describe('societies', () => {
  it('registers a society with a one-time 8-character code of unambiguous letters and digits, storing only its hash', async () => {
    const { society, bindingCode } = await h.ok(ADMIN, 'admin.registerSociety', { name: ' 自治区气象学会 ' })
    expect(society).toMatchObject({ name: '自治区气象学会', contact: '', boundUsers: 0 })
    expect(bindingCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)
    const stored = await h.store.getSociety(society.id)
    expect(stored?.bindingCodeHash).toBe(sha256(bindingCode))
    expect(JSON.stringify(stored)).not.toContain(bindingCode)
  })

  it('refuses a second society of the same name', async () => {
    expect(await h.fail(ADMIN, 'admin.registerSociety', { name: '新疆计算机学会' })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('新疆计算机学会'),
    })
  })

  it('reissues a code: the old one stops working, the new one binds', async () => {
    const { bindingCode } = await h.ok(ADMIN, 'admin.reissueCode', { societyId: h.societyA.id })
    const bind = (code: string) => h.call(STRANGER, 'account.bind', { bindingCode: code, name: '吴填报', phone: '13800000000' })
    expect(await bind(h.societyA.code)).toMatchObject({ code: 'BAD_BINDING_CODE' })
    expect(await bind(bindingCode)).toMatchObject({ ok: true })
    expect(await h.fail(ADMIN, 'admin.reissueCode', { societyId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('lists the societies with how many fillers are bound to each', async () => {
    const { societies } = await h.ok(ADMIN, 'admin.listSocieties', {})
    expect(societies.map((s) => [s.name, s.boundUsers])).toEqual([
      ['新疆计算机学会', 1],
      ['自治区植物保护学会', 1],
    ])
  })
})

describe('reviewers', () => {
  it('appoints a known user without a role as reviewer, who can then review, and removes them again', async () => {
    await h.ok(ADMIN, 'admin.unbindUser', { openid: FILLER_A })
    expect(await h.ok(ADMIN, 'admin.appointReviewer', { openid: FILLER_A, name: '郑审核' })).toEqual({
      openid: FILLER_A,
      role: 'reviewer',
      societyId: null,
      name: '郑审核',
      phone: '13800138000',
    })
    expect((await h.call(FILLER_A, 'review.list', { year: 2022 })).ok).toBe(true)
    expect(await h.ok(ADMIN, 'admin.removeReviewer', { openid: FILLER_A })).toMatchObject({ role: null })
    expect(await h.fail(FILLER_A, 'review.list', { year: 2022 })).toMatchObject({ code: 'FORBIDDEN' })
    expect((await h.store.listAudit(FILLER_A)).map((e) => e.action)).toEqual([
      'admin.unbindUser',
      'admin.appointReviewer',
      'admin.removeReviewer',
    ])
  })

  it('refuses to appoint a filler bound to a society: their society would silently lose its filler', async () => {
    expect(await h.fail(ADMIN, 'admin.appointReviewer', { openid: FILLER_A })).toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringContaining('解除其绑定'),
    })
    expect(await h.store.getUser(FILLER_A)).toMatchObject({ role: 'filler', societyId: h.societyA.id })
  })

  it('refuses an openid that no user has, pointing to invitations', async () => {
    expect(await h.fail(ADMIN, 'admin.appointReviewer', { openid: STRANGER })).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('邀请'),
    })
    expect(await h.store.getUser(STRANGER)).toBeNull()
  })

  it('does not demote an admin, nor remove someone who is not a reviewer', async () => {
    expect(await h.fail(ADMIN, 'admin.appointReviewer', { openid: ADMIN })).toMatchObject({ code: 'INVALID_STATE' })
    expect(await h.fail(ADMIN, 'admin.removeReviewer', { openid: FILLER_A })).toMatchObject({ code: 'INVALID_STATE' })
    expect(await h.fail(ADMIN, 'admin.removeReviewer', { openid: 'o-nobody' })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('unbinds a filler (a lost phone): that phone can no longer read the society’s form, and binding again needs a code', async () => {
    expect(await h.ok(ADMIN, 'admin.unbindUser', { openid: FILLER_A })).toMatchObject({ role: null, societyId: null })
    expect(await h.fail(FILLER_A, 'submission.get', { year: 2022 })).toMatchObject({ code: 'NOT_BOUND' })
    expect((await h.store.listAudit(FILLER_A)).map((e) => e.action)).toContain('admin.unbindUser')
    expect(await h.fail(ADMIN, 'admin.unbindUser', { openid: REVIEWER })).toMatchObject({ code: 'INVALID_STATE' })
    expect(await h.fail(ADMIN, 'admin.unbindUser', { openid: 'o-nobody' })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('lists every user with their role', async () => {
    const { users } = await h.ok(ADMIN, 'admin.listUsers', {})
    expect(users.map((u) => [u.openid, u.role]).sort()).toEqual(
      [
        [ADMIN, 'admin'],
        [FILLER_A, 'filler'],
        ['o-filler-b', 'filler'],
        [REVIEWER, 'reviewer'],
      ].sort(),
    )
  })
})
