import { act, fireEvent, render, screen } from '@testing-library/react'
import DeadlineNotice from '../../src/components/deadline-notice'
import { canAskConsent, requestNotificationConsent } from '../../src/features/subscribe/request-consent'

jest.mock('../../src/features/subscribe/request-consent', () => ({
  canAskConsent: jest.fn(() => true),
  requestNotificationConsent: jest.fn(async () => 'accepted'),
}))
const canAsk = canAskConsent as jest.MockedFunction<typeof canAskConsent>
const ask = requestNotificationConsent as jest.MockedFunction<typeof requestNotificationConsent>

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10)
const open = (deadline: string | null) => ({ year: 2023, status: 'open' as const, deadline })

beforeEach(() => {
  canAsk.mockReturnValue(true)
  ask.mockReset()
})

describe('the deadline notice offers a WeChat reminder (催报) where the build can ask for one', () => {
  test('a tap asks once and says the reminder is set', async () => {
    ask.mockResolvedValue('accepted')
    render(<DeadlineNotice year={open(inDays(5))} />)
    await act(async () => fireEvent.click(screen.getByText('截止前提醒我')))
    expect(ask).toHaveBeenCalledTimes(1)
    expect(screen.getByText('已订阅：催报时会收到一次微信提醒')).toBeTruthy()
    expect(screen.queryByText('截止前提醒我')).toBeNull()
  })

  test('a refusal says the inbox still has the reminders', async () => {
    ask.mockResolvedValue('refused')
    render(<DeadlineNotice year={open(inDays(20))} />)
    await act(async () => fireEvent.click(screen.getByText('截止前提醒我')))
    expect(screen.getByText('未订阅微信提醒，催报仍会出现在“消息”中')).toBeTruthy()
  })

  test('nothing to ask after the deadline, in a closed year, or where subscribe messages are not available', () => {
    const { unmount } = render(<DeadlineNotice year={{ year: 2023, status: 'closed', deadline: null }} />)
    expect(screen.queryByText('截止前提醒我')).toBeNull()
    unmount()
    canAsk.mockReturnValue(false)
    render(<DeadlineNotice year={open(inDays(5))} />)
    expect(screen.getByText(/填报截止/)).toBeTruthy()
    expect(screen.queryByText('截止前提醒我')).toBeNull()
  })
})

test('an acceptance the server could not record offers to try again', async () => {
  ask.mockResolvedValueOnce('unrecorded').mockResolvedValueOnce('accepted')
  render(<DeadlineNotice year={open(inDays(5))} />)
  await act(async () => fireEvent.click(screen.getByText('截止前提醒我')))
  const retry = screen.getByText('订阅未能保存（网络问题），点此重试；催报仍会出现在“消息”中')
  await act(async () => fireEvent.click(retry))
  expect(ask).toHaveBeenCalledTimes(2)
  expect(screen.getByText('已订阅：催报时会收到一次微信提醒')).toBeTruthy()
})
