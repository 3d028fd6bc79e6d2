import { act, render } from '@testing-library/react'
import { navigations, resetTaroMock } from './mocks/taro'
import type { Me } from '../../src/shared'
import { callAction } from '../../src/services/cloud'
import { forgetMe } from '../../src/features/account'
import Home from '../../src/pages/home/index'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
const call = callAction as jest.MockedFunction<typeof callAction>
const currentYear: Me['currentYear'] = { year: 2022, status: 'open', deadline: null }

async function open(me: Me) {
  call.mockImplementation((async (action: string) => {
    if (action === 'account.whoami') return me
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof callAction)
  await act(async () => void render(<Home />))
}

beforeEach(() => {
  resetTaroMock()
  forgetMe()
  call.mockReset()
})

describe('the home page sends each role to its own start', () => {
  test.each([
    ['reviewer', '/reviewer/pages/list/index'],
    ['admin', '/admin/pages/index/index'],
  ] as const)('a %s goes to %s without asking for a filler’s form', async (role, url) => {
    await open({ role, society: null, profile: { name: '李审核', phone: '13900139000' }, currentYear })
    expect(navigations).toEqual([{ kind: 'redirectTo', url }])
    expect(call.mock.calls.map(([action]) => action)).toEqual(['account.whoami'])
  })

  test('an unbound user goes to bind', async () => {
    await open({ role: null, society: null, profile: null, currentYear })
    expect(navigations).toEqual([{ kind: 'redirectTo', url: '/filler/bind/index' }])
  })
})
