/** The filler's home and item page after the review is finalized, and home's message count (issue 8, defects 9–10). */
import { act, render, screen, within } from '@testing-library/react'
import { resetTaroMock, router } from './mocks/taro'
import type { Me, SubmissionView } from '../../src/shared'
import { callAction } from '../../src/services/cloud'
import { forgetMe, rememberMe } from '../../src/features/account'
import { draftStoreFor } from '../../src/features/draft'
import Home from '../../src/pages/home/index'
import ItemPage from '../../src/filler/item/index'
import InboxPage from '../../src/filler/inbox/index'
import { YEAR, fullAnswers, reviewedView } from './support/submission-views'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
const call = callAction as jest.MockedFunction<typeof callAction>

const filler: Me = { role: 'filler', society: { id: 'soc-1', name: '自治区测试学会' }, profile: { name: '张三', phone: '13800138000' }, currentYear: { year: 2022, status: 'open', deadline: null } }
// B7.1 cut from 5 to 2 with a comment; B1.1 kept at its self score 2.
const reviewed = reviewedView(fullAnswers(), { 'B7.1': 2, 'B1.1': 2 }, { 'B7.1': '仅在基层开展，按2分计' })
let unread = 0
let view: SubmissionView = reviewed

beforeEach(async () => {
  resetTaroMock()
  forgetMe()
  rememberMe(filler)
  call.mockReset()
  call.mockImplementation((async (action: string) => {
    if (action === 'submission.get') return view
    if (action === 'notifications.unreadCount') return { unread }
    if (action === 'notifications.list') return { total: 1, unread, rows: [] }
    if (action === 'evidence.urls') return { urls: {} }
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof callAction)
  await act(() => draftStoreFor(YEAR).reload())
})

const scoreRow = () => document.querySelector('.home__score-row') as HTMLElement

describe('home once the review is finalized', () => {
  test('shows the final score as the big number, with the self score beside it', async () => {
    await act(async () => void render(<Home />))
    expect(within(scoreRow()).getByText('最终得分')).toBeTruthy()
    expect(within(scoreRow()).getByText('107')).toBeTruthy()
    expect(within(scoreRow()).getByText('自评 110分')).toBeTruthy()
    expect(within(scoreRow()).queryByText('110')).toBeNull()
    expect(screen.getAllByText(/^已答 \d+ \/ \d+ 项 · 自评 \d+分$/)).toHaveLength(4)
  })
})

describe('home’s 消息', () => {
  test('shows how many messages are unread', async () => {
    unread = 3
    await act(async () => void render(<Home />))
    expect(screen.getByLabelText('3条未读消息').textContent).toBe('3')
  })

  test('shows no count when nothing is unread', async () => {
    unread = 0
    await act(async () => void render(<Home />))
    expect(document.querySelector('.home__unread')).toBeNull()
  })

  test('the inbox offers 全部已读 only when something is unread', async () => {
    unread = 0
    call.mockImplementation((async () => ({
      total: 1,
      unread: 0,
      rows: [{ id: 'n1', kind: 'reviewed', title: '审核结果', body: '已审核', page: 'filler/result/index?year=2022', read: true, createdAt: '2023-02-01T00:00:00.000Z', delivery: 'sent', deliveryError: null }],
    })) as unknown as typeof callAction)
    await act(async () => void render(<InboxPage />))
    expect(screen.getByText('没有未读消息')).toBeTruthy()
    expect(screen.queryByText('全部已读')).toBeNull()
  })
})

describe('an item page once the review is finalized', () => {
  test('shows the final score beside the self score, and the reviewer’s comment', async () => {
    router.params = { id: 'B7.1', year: String(YEAR) }
    await act(async () => void render(<ItemPage />))
    const outcome = document.querySelector('.item-page__outcome') as HTMLElement
    expect(within(outcome).getByText('审核结果')).toBeTruthy()
    expect(within(outcome).getByText('2')).toBeTruthy()
    expect(within(outcome).getByText('自评 5分，审核核减3分')).toBeTruthy()
    expect(within(outcome).getByText('审核意见：仅在基层开展，按2分计')).toBeTruthy()
  })

  test('an item kept at its self score says so', async () => {
    router.params = { id: 'B1.1', year: String(YEAR) }
    await act(async () => void render(<ItemPage />))
    const outcome = document.querySelector('.item-page__outcome') as HTMLElement
    expect(within(outcome).getByText('自评 2分，审核认可')).toBeTruthy()
    expect(within(outcome).getByText('审核意见：无')).toBeTruthy()
  })

  test('before finalization there is no review outcome on the item page', async () => {
    view = { ...reviewed, status: 'submitted', review: null, finalScore: null }
    await act(() => draftStoreFor(YEAR).reload())
    router.params = { id: 'B7.1', year: String(YEAR) }
    await act(async () => void render(<ItemPage />))
    expect(document.querySelector('.item-page__outcome')).toBeNull()
    view = reviewed
  })
})
