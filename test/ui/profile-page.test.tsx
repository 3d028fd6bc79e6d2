/** The profile page names a person by their role: a reviewer's or an admin's name is not a 填报人's. */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { resetTaroMock } from './mocks/taro'
import type { Me } from '../../src/shared'
import { callAction } from '../../src/services/cloud'
import { forgetMe, rememberMe } from '../../src/features/account'
import Profile from '../../src/filler/profile/index'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
const call = callAction as jest.MockedFunction<typeof callAction>

const me = (role: Me['role'], name = '王建华'): Me => ({
  role,
  society: role === 'filler' ? { id: 'soc-1', name: '自治区计算机学会' } : null,
  profile: { name, phone: '13800138000' },
  currentYear: { year: 2022, status: 'open', deadline: null },
})

async function show(who: Me) {
  rememberMe(who)
  await act(async () => void render(<Profile />))
}

beforeEach(() => {
  resetTaroMock()
  forgetMe()
  call.mockReset()
})

test.each([
  ['reviewer', '审核员姓名', '审核员'],
  ['admin', '管理员姓名', '管理员'],
  ['filler', '填报人', '填报人'],
] as const)('a %s’s name is labelled %s', async (role, label, roleLabel) => {
  await show(me(role))
  expect(screen.getByText(label, { selector: '.form-field__label' })).toBeTruthy()
  expect(screen.getByText(roleLabel, { selector: '.profile__value' })).toBeTruthy()
  if (role !== 'filler') expect(screen.queryByText('填报人')).toBeNull()
})

test('a reviewer who clears their name is told to fill in 审核员姓名, and nothing is sent', async () => {
  await show(me('reviewer'))
  const box = screen.getByLabelText('审核员姓名')
  fireEvent.change(box.querySelector('input') ?? box, { target: { value: ' ' } })
  await act(async () => void fireEvent.click(screen.getByText('保存')))
  expect(screen.getByText('请填写审核员姓名')).toBeTruthy()
  expect(call).not.toHaveBeenCalledWith('account.updateProfile', expect.anything())
})

test('a name over 30 characters is kept as typed and refused with the limit named', async () => {
  await show(me('filler'))
  const box = screen.getByLabelText('填报人')
  const input = (box.querySelector('input') ?? box) as HTMLInputElement
  fireEvent.change(input, { target: { value: '张'.repeat(31) } })
  expect(input.value).toHaveLength(31)
  expect(screen.getByText('填报人不能超过30字')).toBeTruthy()
})
