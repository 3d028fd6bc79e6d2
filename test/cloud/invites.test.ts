import { createHash } from 'node:crypto'
import { ADMIN, FILLER_A, REVIEWER, STRANGER, useHarness } from './harness'

const h = useHarness()
const DAY = 24 * 60 * 60 * 1000

describe('reviewer invitations', () => {
  it('makes a random 10-character code valid 7 days, storing only its hash', async () => {
    const { code, invite } = await h.ok(ADMIN, 'admin.inviteReviewer', { name: '郑审核' })
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/)
    expect(invite).toMatchObject({ name: '郑审核', state: 'open', usedBy: null })
    expect(Date.parse(invite.expiresAt) - Date.parse(invite.createdAt)).toBe(7 * DAY)
    const stored = await h.store.listInvites()
    expect(JSON.stringify(stored)).not.toContain(code)
    expect(stored.find((i) => i.id === invite.id)?.codeHash).toBe(createHash('sha256').update(`invite:${code}`).digest('hex'))
    const again = await h.ok(ADMIN, 'admin.inviteReviewer', {})
    expect(again.code).not.toBe(code)
  })

  it('turns the person who enters it into a reviewer with their name, once only', async () => {
    const { code } = await h.ok(ADMIN, 'admin.inviteReviewer', { name: '郑审核' })
    const fullWidth = [...code.toLowerCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')
    const me = await h.ok(STRANGER, 'account.acceptInvite', { code: ` ${fullWidth.slice(0, 5)} ${fullWidth.slice(5)} `, name: '郑明' })
    expect(me).toMatchObject({ role: 'reviewer', society: null, profile: { name: '郑明' } })
    expect((await h.call(STRANGER, 'review.list', { year: 2022 })).ok).toBe(true)
    expect(await h.fail('o-someone-else', 'account.acceptInvite', { code, name: '冒用' })).toMatchObject({ code: 'BAD_INVITE_CODE' })
    expect(await h.store.getUser('o-someone-else')).toBeNull()
    const { invites } = await h.ok(ADMIN, 'admin.listInvites', {})
    expect(invites.find((i) => i.name === '郑审核')).toMatchObject({ state: 'used', usedBy: { openid: STRANGER, name: '郑明' } })
  })

  it('refuses a code after 7 days, with a message saying it expired', async () => {
    const { code, invite } = await h.ok(ADMIN, 'admin.inviteReviewer', {})
    h.clock.advance(7 * DAY)
    expect(await h.fail(STRANGER, 'account.acceptInvite', { code, name: '郑明' })).toMatchObject({
      code: 'BAD_INVITE_CODE',
      message: expect.stringContaining('已过期'),
    })
    expect((await h.ok(ADMIN, 'admin.listInvites', {})).invites.find((i) => i.id === invite.id)?.state).toBe('expired')
  })

  it('never takes a society’s filler away: a bound filler is told to be unbound first, and stays a filler', async () => {
    const { code, invite } = await h.ok(ADMIN, 'admin.inviteReviewer', {})
    expect(await h.fail(FILLER_A, 'account.acceptInvite', { code, name: '张填报' })).toMatchObject({ code: 'ALREADY_BOUND' })
    expect(await h.store.getUser(FILLER_A)).toMatchObject({ role: 'filler', societyId: h.societyA.id })
    expect(await h.fail(REVIEWER, 'account.acceptInvite', { code, name: '王审核' })).toMatchObject({ code: 'INVALID_STATE' })
    expect((await h.ok(ADMIN, 'admin.listInvites', {})).invites.find((i) => i.id === invite.id)?.state).toBe('open')
  })

  it('counts attempts against the write rate limit, as binding does', async () => {
    const tries = await Promise.all(
      Array.from({ length: h.config.writeLimitPerMinute + 1 }, () => h.call(STRANGER, 'account.acceptInvite', { code: 'WRONGCODE2', name: '猜' })),
    )
    expect(tries.filter((t) => !t.ok && t.code === 'RATE_LIMITED').length).toBeGreaterThan(0)
  })
})
