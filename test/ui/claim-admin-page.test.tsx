import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { navigations, resetTaroMock } from './mocks/taro'
import { ActionError, type Me } from '../../src/shared'
import { callAction } from '../../src/services/cloud'
import { forgetMe } from '../../src/features/account'
import ClaimAdmin from '../../src/filler/claim-admin/index'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
const call = callAction as jest.MockedFunction<typeof callAction>

const admin: Me = { role: 'admin', society: null, profile: null, currentYear: { year: 2022, status: 'open', deadline: null } }
const type = (value: string) => {
  const label = screen.getByLabelText('管理员设置码')
  fireEvent.change(label.querySelector('input') ?? label, { target: { value } })
}
const claim = () => act(async () => fireEvent.click(screen.getByText('成为管理员')))

beforeEach(() => {
  resetTaroMock()
  forgetMe()
  call.mockReset()
})

describe('the 领取管理员 page', () => {
  test('asks for the code by name when submitted empty or blank, without calling the server', async () => {
    render(<ClaimAdmin />)
    await claim()
    expect(screen.getByText('请填写管理员设置码')).toBeTruthy()
    type('   ')
    await claim()
    expect(screen.getByText('请填写管理员设置码')).toBeTruthy()
    expect(call).not.toHaveBeenCalled()
  })

  test('names the limit while 65 characters are typed', () => {
    render(<ClaimAdmin />)
    type('x'.repeat(65))
    expect(screen.getByText('管理员设置码不能超过64字')).toBeTruthy()
  })

  test('shows a wrong code at the field and an existing admin under the form, staying on the page', async () => {
    render(<ClaimAdmin />)
    call.mockRejectedValueOnce(new ActionError('FORBIDDEN', '管理员设置码不正确，请向部署人员核实'))
    type('first-day-Setup_2025')
    await claim()
    expect(await screen.findByText('管理员设置码不正确，请向部署人员核实')).toBeTruthy()
    call.mockRejectedValueOnce(new ActionError('INVALID_STATE', '本服务已有管理员，管理员设置码已失效；如需管理权限，请联系现任管理员'))
    await claim()
    expect(await screen.findByText(/本服务已有管理员/)).toBeTruthy()
    expect(navigations).toEqual([])
  })

  test('claims with the trimmed code and opens home, which routes the admin to the console', async () => {
    call.mockResolvedValue(admin)
    render(<ClaimAdmin />)
    type(' first-day-Setup_2024 ')
    await claim()
    await waitFor(() => expect(navigations).toContainEqual({ kind: 'reLaunch', url: '/pages/home/index' }))
    expect(call).toHaveBeenCalledWith('account.claimAdmin', { code: 'first-day-Setup_2024' })
  })
})
