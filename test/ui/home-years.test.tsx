import { act, fireEvent, render, screen } from '@testing-library/react'
import * as taro from './mocks/taro'
import type { Me, SocietyYear, SubmissionView } from '../../src/shared'
import { callAction } from '../../src/services/cloud'
import { forgetMe } from '../../src/features/account'
import Home from '../../src/pages/home/index'
import { submissionView } from './support/submission-views'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
const call = callAction as jest.MockedFunction<typeof callAction>

// Each year's draft is shared app-wide and read once (as in the mini-program): each test works in years of its own.
const titleOf = (y: number) => `自治区学会（协会、研究会）${y}年度工作绩效评价自评表`
const year = (y: number, change: Partial<SocietyYear> = {}): SocietyYear => ({
  year: y,
  title: `自治区学会（协会、研究会）${y}年度工作绩效评价自评表`,
  yearStatus: 'open',
  deadline: null,
  closedReason: null,
  submission: null,
  ...change,
})

/** What the server answers now; a test changes it to play the admin opening a year while home stays open. */
let server: { current: number; years: SocietyYear[]; forms: Record<number, SubmissionView> }
const asked: string[] = []

const me = (): Me => ({
  role: 'filler',
  society: { id: 'soc-1', name: '自治区测试学会' },
  profile: { name: '张三', phone: '13800138000' },
  currentYear: { year: server.current, status: 'open', deadline: null },
})

beforeEach(() => {
  taro.resetTaroMock()
  forgetMe()
  asked.length = 0
  call.mockReset()
  call.mockImplementation((async (action: string, input: { year?: number }) => {
    asked.push(input?.year ? `${action} ${input.year}` : action)
    if (action === 'account.whoami') return me()
    if (action === 'submission.years') return { current: server.current, years: server.years }
    if (action === 'submission.get') return server.forms[input.year!] ?? submissionView({}, { year: input.year!, version: 0 })
    if (action === 'notifications.unreadCount') return { unread: 0 }
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
})

const show = async () => {
  await act(async () => void render(<Home />))
  await act(async () => undefined)
}

describe('the filler’s home lists 往年 below the current year', () => {
  test('each earlier year with its status and result, a tap away; the current year is not repeated', async () => {
    server = {
      current: 2023,
      years: [
        year(2023),
        year(2022, { yearStatus: 'closed', submission: { status: 'reviewed', selfTotal: 98, finalTotal: 96.5, grade: '优秀' } }),
        year(2021, { yearStatus: 'open', deadline: '2099-04-30', submission: { status: 'draft', selfTotal: 12, finalTotal: null, grade: null } }),
      ],
      forms: {},
    }
    await show()
    expect(screen.getByText('往年')).toBeTruthy()
    expect(screen.queryByText(/^2023年度/)).toBeNull()
    expect(screen.getByText('2022年度（已关闭）')).toBeTruthy()
    expect(screen.getByText('已审核：最终得分 96.5 分，优秀')).toBeTruthy()
    expect(screen.getByText('填写中：仍可填写，截止2099年4月30日')).toBeTruthy()

    fireEvent.click(screen.getByText('2022年度（已关闭）'))
    fireEvent.click(screen.getByText('2021年度'))
    expect(taro.navigations).toEqual([
      { kind: 'navigateTo', url: '/filler/result/index?year=2022' },
      { kind: 'navigateTo', url: '/pages/home/index?year=2021' },
    ])
  })

  test('shows no 往年 in the first year', async () => {
    server = { current: 2024, years: [year(2024)], forms: {} }
    await show()
    expect(screen.queryByText('往年')).toBeNull()
  })
})

describe('home re-reads the current year whenever it is shown', () => {
  test('an app left open while the admin opens the next year shows its form, and the old one under 往年, once home is shown again', async () => {
    server = { current: 2025, years: [year(2025)], forms: {} }
    await show()
    expect(screen.getByText(titleOf(2025))).toBeTruthy()
    expect(asked).toContain('submission.get 2025')

    server = {
      current: 2026,
      years: [year(2026), year(2025, { submission: { status: 'submitted', selfTotal: 88, finalTotal: null, grade: null } })],
      forms: {},
    }
    await act(async () => taro.emitDidShow())
    await act(async () => undefined)
    expect(screen.getByText(titleOf(2026))).toBeTruthy()
    expect(asked).toContain('submission.get 2026')
    expect(screen.getByText('已提交：自评 88 分，等待审核')).toBeTruthy()
  })
})

describe('home opened on an earlier year (from 往年 or a message about it)', () => {
  test('shows that year’s form read-only with the reason once its deadline has passed, and leads back to the current year', async () => {
    taro.router.params = { year: '2022' }
    const reason = '2022年度填报已于2023年3月31日截止'
    server = {
      current: 2023,
      years: [year(2023), year(2022, { deadline: '2023-03-31', closedReason: reason, submission: { status: 'draft', selfTotal: 2, finalTotal: null, grade: null } })],
      forms: { 2022: submissionView({ 'B1.1': { checks: { a: true } } }, { closedReason: reason }) },
    }
    await show()
    expect(asked).toContain('submission.get 2022')
    expect(screen.getByText('正在查看2022年度的自评表（当前年度为2023年度）')).toBeTruthy()
    expect(screen.getByText(reason)).toBeTruthy()
    expect(screen.queryByText('继续填写')).toBeNull()
    fireEvent.click(screen.getByText('查看已填写的内容'))
    expect(taro.navigations).toEqual([{ kind: 'navigateTo', url: '/filler/sections/index?year=2022' }])
    expect(screen.queryByText('往年')).toBeNull()
    fireEvent.click(screen.getByText('回到2023年度'))
    expect(taro.navigations[1]).toEqual({ kind: 'reLaunch', url: '/pages/home/index' })
  })
})
