/** Empty lists and failed loads show pictures from the app's own package, never NutUI's CDN default. */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { resetTaroMock } from './mocks/taro'
import packagedImage from './mocks/image'
import { callAction } from '../../src/services/cloud'
import { ActionError } from '../../src/shared'
import ReviewList from '../../src/reviewer/pages/list/index'
import InboxPage from '../../src/filler/inbox/index'
import { PageState } from '../../src/components/page-state'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
const call = callAction as jest.MockedFunction<typeof callAction>

const outsideImages = () => [...document.querySelectorAll('img')].map((i) => i.getAttribute('src') ?? '').filter((src) => /^(https?:)?\/\//.test(src))

beforeEach(() => {
  resetTaroMock()
  call.mockReset()
})

test('a search with no hit in the reviewer’s list says so under the packaged picture', async () => {
  const counts = { draft: 0, submitted: 0, returned: 0, reviewed: 0, 'not-started': 3 }
  call.mockImplementation((async (action: string) =>
    action === 'notifications.unreadCount'
      ? { unread: 0 }
      : action === 'review.rechecks'
        ? { year: 2022, publication: null, pending: [], answered: 0 }
        : { total: 0, page: 1, pageSize: 20, counts, rows: [] }) as unknown as typeof callAction)
  await act(async () => void render(<ReviewList />))
  const box = screen.getByLabelText('搜索学会名称')
  fireEvent.change(box.querySelector('input') ?? box, { target: { value: '没有这个学会' } })
  await waitFor(() => expect(call).toHaveBeenCalledWith('review.list', expect.objectContaining({ search: '没有这个学会' })))
  expect(screen.getByText('没有符合条件的学会')).toBeTruthy()
  expect(screen.getByText('换个状态或搜索词试试。')).toBeTruthy()
  expect([...document.querySelectorAll('.nut-empty img')].map((i) => i.getAttribute('src'))).toEqual([packagedImage])
  expect(outsideImages()).toEqual([])
})

test('an empty inbox and a failed load show no outside image', async () => {
  call.mockImplementation((async () => ({ total: 0, unread: 0, rows: [] })) as unknown as typeof callAction)
  const inbox = render(<InboxPage />)
  await act(async () => undefined)
  expect(screen.getByText('暂无消息')).toBeTruthy()
  inbox.unmount()
  render(<PageState error={new ActionError('INTERNAL').message} onRetry={() => undefined} />)
  expect(screen.getByText('加载失败')).toBeTruthy()
  expect(document.querySelectorAll('.nut-empty')).toHaveLength(1)
  expect(outsideImages()).toEqual([])
})
