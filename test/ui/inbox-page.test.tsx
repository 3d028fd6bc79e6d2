import { act, fireEvent, render, screen } from '@testing-library/react'
import { navigations, resetTaroMock } from './mocks/taro'
import type { Notification } from '../../src/shared'
import { callAction } from '../../src/services/cloud'
import Inbox from '../../src/filler/inbox/index'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
const call = callAction as jest.MockedFunction<typeof callAction>

const notification = (id: string, createdAt: string, read: boolean): Notification => ({
  id,
  kind: 'reviewed',
  title: `审核结果 ${id}`,
  body: '您的2022年度自评表已审核完成',
  page: 'filler/result/index?year=2022',
  read,
  createdAt,
  delivery: 'sent',
  deliveryError: null,
})

function serve(rows: Notification[]) {
  call.mockImplementation((async (action: string) => {
    if (action === 'notifications.list') return { total: rows.length, unread: rows.filter((r) => !r.read).length, rows }
    return { unread: 0 }
  }) as typeof callAction)
}

async function show() {
  await act(async () => void render(<Inbox />))
}

beforeEach(() => {
  resetTaroMock()
  call.mockReset()
})

describe('the inbox', () => {
  test('lists notifications newest first and marks the unread ones', async () => {
    serve([notification('n1', '2023-01-01T00:00:00.000Z', true), notification('n2', '2023-02-01T00:00:00.000Z', false)])
    await show()
    const titles = [...document.querySelectorAll('.inbox__title')].map((e) => e.textContent)
    expect(titles).toEqual(['审核结果 n2', '审核结果 n1'])
    expect(screen.getAllByLabelText('未读')).toHaveLength(1)
    expect(screen.getByText('1 条未读')).toBeTruthy()
  })

  test('marks a notification read and opens its page when tapped', async () => {
    serve([notification('n2', '2023-02-01T00:00:00.000Z', false)])
    await show()
    await act(async () => fireEvent.click(screen.getByText('审核结果 n2')))
    expect(call).toHaveBeenCalledWith('notifications.markRead', { ids: ['n2'] })
    expect(navigations).toContainEqual({ kind: 'navigateTo', url: '/filler/result/index?year=2022' })
    expect(screen.queryByLabelText('未读')).toBeNull()
  })

  test('opens a notification stored before the filler subpackage at the page it moved to', async () => {
    serve([{ ...notification('n3', '2023-03-01T00:00:00.000Z', true), page: 'pages/result/index?year=2021' }])
    await show()
    await act(async () => fireEvent.click(screen.getByText('审核结果 n3')))
    expect(navigations).toContainEqual({ kind: 'navigateTo', url: '/filler/result/index?year=2021' })
  })

  test('marks everything read with 全部已读', async () => {
    serve([notification('n1', '2023-01-01T00:00:00.000Z', false), notification('n2', '2023-02-01T00:00:00.000Z', false)])
    await show()
    await act(async () => fireEvent.click(screen.getByText('全部已读')))
    expect(call).toHaveBeenCalledWith('notifications.markRead', { all: true })
    expect(screen.queryAllByLabelText('未读')).toHaveLength(0)
  })

  test('says what happens next when there are no notifications', async () => {
    serve([])
    await show()
    expect(screen.getByText('审核结果出来后会在这里通知您。')).toBeTruthy()
  })
})
