/**
 * A role changed while the app was open (reviewer removed, filler unbound): the refused action makes the app
 * read who the user is again and send them to their new start, instead of leaving "只有审核员可以进行此操作 / 重试".
 */
import { act, render, screen } from '@testing-library/react'
import Taro, { navigations, resetTaroMock, router } from './mocks/taro'
import type { Me } from '../../src/shared'
import { callAction } from '../../src/services/cloud'
import { unwrapResult } from '../../src/services/action-result'
import { forgetMe, rememberMe, watchRoleChanges } from '../../src/features/account'
import ReviewDetail from '../../src/reviewer/pages/detail/index'
import Home from '../../src/pages/home/index'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
const call = callAction as jest.MockedFunction<typeof callAction>

const currentYear: Me['currentYear'] = { year: 2022, status: 'open', deadline: null }
const reviewer: Me = { role: 'reviewer', society: null, profile: { name: '王建华', phone: '13900139000' }, currentYear }
const filler: Me = { role: 'filler', society: { id: 'soc-1', name: '自治区计算机学会' }, profile: { name: '李晓梅', phone: '13800138001' }, currentYear }
const stranger: Me = { role: null, society: null, profile: null, currentYear }

/** The server as the transport sees it: raw answers, unwrapped by the real result parser. */
function serve(answers: Record<string, unknown>) {
  call.mockImplementation((async (action: string) => unwrapResult(action as never, answers[action] ?? { ok: false, code: 'INTERNAL', message: action })) as unknown as typeof callAction)
}
const forbidden = { ok: false, code: 'FORBIDDEN', message: '只有审核员可以进行此操作' }
const settle = () => act(async () => new Promise((r) => setTimeout(r, 50)))

let stop: () => void
let modal: jest.SpyInstance
beforeEach(() => {
  resetTaroMock()
  forgetMe()
  call.mockReset()
  stop = watchRoleChanges()
  modal = jest.spyOn(Taro, 'showModal')
})
afterEach(() => {
  stop()
  modal.mockRestore()
})

test('a reviewer removed while on a submission is told so and sent to the filler’s start, not left on the refusal', async () => {
  rememberMe(reviewer)
  router.params = { id: 'sub-1' }
  serve({ 'review.get': forbidden, 'account.whoami': { ok: true, data: filler } })
  await act(async () => void render(<ReviewDetail />))
  await settle()
  expect(call.mock.calls.map(([a]) => a)).toEqual(['review.get', 'account.whoami'])
  expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '身份已变更', content: expect.stringContaining('自治区计算机学会的填报人') }))
  expect(navigations).toContainEqual({ kind: 'reLaunch', url: '/pages/home/index' })
})

test('a reviewer who lost every role is sent to bind', async () => {
  rememberMe(reviewer)
  router.params = { id: 'sub-1' }
  serve({ 'review.get': forbidden, 'account.whoami': { ok: true, data: stranger } })
  await act(async () => void render(<ReviewDetail />))
  await settle()
  expect(navigations).toContainEqual({ kind: 'reLaunch', url: '/filler/bind/index' })
})

test('a filler unbound while on home is sent to bind with a word of why', async () => {
  rememberMe(filler)
  serve({
    'submission.get': { ok: false, code: 'NOT_BOUND', message: '请先绑定所在学会' },
    'notifications.unreadCount': { ok: false, code: 'NOT_BOUND', message: '请先绑定所在学会' },
    'account.whoami': { ok: true, data: stranger },
  })
  await act(async () => void render(<Home />))
  await settle()
  expect(modal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('不再绑定学会') }))
  expect(navigations).toContainEqual({ kind: 'reLaunch', url: '/filler/bind/index' })
  expect(call.mock.calls.filter(([a]) => a === 'account.whoami')).toHaveLength(1)
})

test('a refusal that is not a change of role leaves the user where they are', async () => {
  rememberMe(reviewer)
  router.params = { id: 'sub-1' }
  serve({ 'review.get': forbidden, 'account.whoami': { ok: true, data: reviewer } })
  await act(async () => void render(<ReviewDetail />))
  await settle()
  expect(navigations.filter((n) => n.kind === 'reLaunch')).toEqual([])
  expect(screen.getByText('只有审核员可以进行此操作')).toBeTruthy()
})
