import { contract } from '../../src/shared'
import { dispatch } from '../../cloudfunctions/core/dispatch'
import { handlers } from '../../cloudfunctions/core/handlers'
import { ADMIN, FILLER_A, FILLER_B, REVIEWER, STRANGER, YEAR, createHarness, useHarness } from './harness'

const h = useHarness()

describe('the event', () => {
  it.each([
    ['not an object', 'submission.get'],
    ['null', null],
    ['an array', [1]],
    ['without an action', { input: {} }],
    ['with a numeric action', { action: 3 }],
  ])('is INVALID_INPUT when %s', async (_what, event) => {
    const result = await dispatch(event, h.context(FILLER_A))
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  })

  it('names an unknown action as UNKNOWN_ACTION, even for an inherited property name', async () => {
    expect(await h.fail(FILLER_A, 'submission.delete', {})).toMatchObject({ code: 'UNKNOWN_ACTION' })
    expect(await h.fail(FILLER_A, 'toString', {})).toMatchObject({ code: 'UNKNOWN_ACTION' })
  })

  it('treats a missing input as an empty one', async () => {
    expect(await h.ok(FILLER_A, 'account.whoami')).toMatchObject({ role: 'filler' })
  })
})

describe('identity', () => {
  it('is UNAUTHENTICATED without an openid from the context', async () => {
    expect(await h.fail(null, 'account.whoami', {})).toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(await h.fail('', 'account.whoami', {})).toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it('rejects a forged openid or role in the payload as an unknown field and keeps the caller’s identity', async () => {
    const forged = await h.fail(FILLER_B, 'submission.get', { year: YEAR, openid: FILLER_A })
    expect(forged.code).toBe('INVALID_INPUT')
    expect(forged.message).toContain('不认识的字段：openid')
    const asAdmin = await h.fail(FILLER_A, 'admin.listUsers', { role: 'admin', openid: ADMIN })
    expect(asAdmin.code).toBe('FORBIDDEN')
    expect(await h.ok(FILLER_B, 'account.whoami', {})).toMatchObject({ society: { id: h.societyB.id } })
  })

  it('makes a bootstrap admin an admin on the first call', async () => {
    const fresh = await createHarness({ bootstrapAdmins: [ADMIN, 'o-new-admin'] })
    expect(await fresh.store.getUser('o-new-admin')).toBeNull()
    expect(await fresh.ok('o-new-admin', 'account.whoami', {})).toEqual({ role: 'admin', society: null, profile: null, currentYear: { year: 2022, status: 'open', deadline: null } })
    expect((await fresh.store.getUser('o-new-admin'))?.role).toBe('admin')
    fresh.close()
  })
})

describe('access by role', () => {
  const reviewerActions = [
    ['review.list', { year: YEAR }],
    ['review.get', { submissionId: 'x' }],
    ['review.saveScores', { submissionId: 'x', items: {} }],
    ['review.return', { submissionId: 'x', overall: '补充', items: {} }],
    ['review.finalize', { submissionId: 'x' }],
  ] as const
  const adminActions = [
    ['admin.registerSociety', { name: '某学会' }],
    ['admin.reissueCode', { societyId: 'x' }],
    ['admin.listSocieties', {}],
    ['admin.appointReviewer', { openid: FILLER_A }],
    ['admin.removeReviewer', { openid: REVIEWER }],
    ['admin.unbindUser', { openid: FILLER_A }],
    ['admin.listUsers', {}],
  ] as const
  const fillerActions = [
    ['submission.get', { year: YEAR }],
    ['submission.saveAnswers', { year: YEAR, baseVersion: 0, patch: {} }],
    ['submission.addPhoto', { year: YEAR, itemId: 'B1.1', fileId: 'x' }],
    ['submission.removePhoto', { year: YEAR, itemId: 'B1.1', fileId: 'x' }],
    ['submission.submit', { year: YEAR }],
    ['submission.result', { year: YEAR }],
  ] as const

  it.each([...reviewerActions, ...adminActions])('a filler is FORBIDDEN to call %s', async (action, input) => {
    expect(await h.fail(FILLER_A, action, input)).toMatchObject({ code: 'FORBIDDEN' })
  })

  it.each(adminActions)('a reviewer is FORBIDDEN to call %s', async (action, input) => {
    expect(await h.fail(REVIEWER, action, input)).toMatchObject({ code: 'FORBIDDEN' })
  })

  it.each(fillerActions)('an unbound user is NOT_BOUND for %s, a reviewer FORBIDDEN', async (action, input) => {
    expect(await h.fail(STRANGER, action, input)).toMatchObject({ code: 'NOT_BOUND' })
    expect(await h.fail(REVIEWER, action, input)).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('an unbound user may ask who they are and bind, but not read the inbox', async () => {
    expect(await h.ok(STRANGER, 'account.whoami', {})).toEqual({ role: null, society: null, profile: null, currentYear: { year: 2022, status: 'open', deadline: null } })
    expect(await h.store.getUser(STRANGER)).toBeNull()
    expect(await h.fail(STRANGER, 'notifications.list', {})).toMatchObject({ code: 'NOT_BOUND' })
  })

  it('an admin may do what a reviewer does', async () => {
    expect(await h.ok(ADMIN, 'review.list', { year: YEAR })).toMatchObject({ total: 2, counts: { 'not-started': 2 } })
  })
})

describe('the write rate limit', () => {
  it('refuses writes beyond the per-minute budget with RATE_LIMITED, and allows them in the next minute', async () => {
    const limited = await createHarness({ writeLimitPerMinute: 3 })
    limited.clock.advance(60_000)
    const save = () =>
      limited.call(FILLER_A, 'account.updateProfile', { name: '张填报', phone: '13800138000' })
    for (let i = 0; i < 3; i++) expect((await save()).ok).toBe(true)
    expect(await save()).toMatchObject({ ok: false, code: 'RATE_LIMITED', message: '操作过于频繁，请稍后再试' })
    expect((await limited.call(FILLER_A, 'account.whoami', {})).ok).toBe(true)
    expect((await limited.call(FILLER_B, 'account.updateProfile', { name: '李填报', phone: '13900139000' })).ok).toBe(true)
    limited.clock.advance(60_000)
    expect((await save()).ok).toBe(true)
    limited.close()
  })
})

describe('failures', () => {
  it('answers INTERNAL with the generic Chinese message, and logs, when a handler throws', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    jest.spyOn(handlers, 'account.whoami').mockRejectedValue(new Error('disk on fire'))
    const result = await h.call(FILLER_A, 'account.whoami', {})
    expect(result).toEqual({ ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' })
    expect(JSON.stringify(result)).not.toContain('disk on fire')
    expect(log).toHaveBeenCalled()
  })

  it('answers INTERNAL rather than a malformed output when a handler returns the wrong shape', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    jest.spyOn(handlers, 'notifications.unreadCount').mockResolvedValue({ unread: 'many' } as never)
    expect(await h.call(FILLER_A, 'notifications.unreadCount', {})).toMatchObject({ ok: false, code: 'INTERNAL' })
    expect(log).toHaveBeenCalled()
  })

  it('names the field of a bad input in Chinese', async () => {
    const result = await h.fail(FILLER_A, 'submission.get', { year: '2022' })
    expect(result).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('年度必须是数字') })
  })
})

it('answers every action with its contract’s output shape, internal fields left out', async () => {
  const view = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
  expect(contract['submission.get'].output.safeParse(view).success).toBe(true)
  expect(view).not.toHaveProperty('lastSavedBy')
})
