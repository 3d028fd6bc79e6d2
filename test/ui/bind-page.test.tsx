import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { navigations, resetTaroMock } from './mocks/taro'
import { ActionError, MOBILE_PHONE_MESSAGE, type Me } from '../../src/shared'
import { callAction } from '../../src/services/cloud'
import { forgetMe } from '../../src/features/account'
import Bind from '../../src/filler/bind/index'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
const call = callAction as jest.MockedFunction<typeof callAction>

const currentYear: Me['currentYear'] = { year: 2022, status: 'open', deadline: null }
const unbound: Me = { role: null, society: null, profile: null, currentYear }
const bound: Me = { role: 'filler', society: { id: 'soc-1', name: '自治区测试学会' }, profile: { name: '张三', phone: '13800138000' }, currentYear }

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement
const type = (label: string, value: string) => fireEvent.change(field(label).querySelector('input') ?? field(label), { target: { value } })

async function renderBind(answer: (action: string, input: unknown) => Promise<unknown>) {
  call.mockImplementation(((action: string, input: unknown) =>
    action === 'account.whoami' ? Promise.resolve(unbound) : answer(action, input)) as typeof callAction)
  await act(async () => void render(<Bind />))
}

beforeEach(() => {
  resetTaroMock()
  forgetMe()
  call.mockReset()
})

describe('the bind page', () => {
  test('names 手机号 in its message while a bad phone number is typed, and clears it once the number is good', async () => {
    await renderBind(async () => bound)
    type('手机号', '1234')
    expect(screen.getByText(MOBILE_PHONE_MESSAGE)).toBeTruthy()
    expect(MOBILE_PHONE_MESSAGE).toContain('手机号')
    type('手机号', '13800138000')
    expect(screen.queryByText(MOBILE_PHONE_MESSAGE)).toBeNull()
  })

  test('asks for every field by name when submitted empty, without calling the server', async () => {
    await renderBind(async () => bound)
    fireEvent.click(screen.getByText('绑定'))
    expect(screen.getByText('请填写绑定码')).toBeTruthy()
    expect(screen.getByText('请填写填报人')).toBeTruthy()
    expect(screen.getByText('请填写手机号')).toBeTruthy()
    expect(call).not.toHaveBeenCalledWith('account.bind', expect.anything())
  })

  test("shows the server's message at the code field when the binding code is wrong", async () => {
    await renderBind(async () => {
      throw new ActionError('BAD_BINDING_CODE', '绑定码不正确，请向管理员核实')
    })
    type('绑定码', 'WRONG1')
    type('填报人', '张三')
    type('手机号', '13800138000')
    await act(async () => fireEvent.click(screen.getByText('绑定')))
    expect(await screen.findByText('绑定码不正确，请向管理员核实')).toBeTruthy()
    expect(navigations).toEqual([])
  })

  test('binds with the trimmed values and opens the home page', async () => {
    const bind = jest.fn(async (_input: unknown) => bound)
    await renderBind(async (_action, input) => bind(input))
    type('绑定码', ' ABC123 ')
    type('填报人', ' 张三 ')
    type('手机号', '13800138000')
    await act(async () => fireEvent.click(screen.getByText('绑定')))
    await waitFor(() => expect(navigations).toContainEqual({ kind: 'reLaunch', url: '/pages/home/index' }))
    expect(bind).toHaveBeenCalledWith({ bindingCode: 'ABC123', name: '张三', phone: '13800138000' })
  })
})
