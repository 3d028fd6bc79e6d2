import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { navigations, resetTaroMock } from './mocks/taro'
import type { SubmissionListRow } from '../../src/shared'
import { routes } from '../../src/shared/routes'
import { callAction } from '../../src/services/cloud'
import ReviewList from '../../src/reviewer/pages/list/index'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
const call = callAction as jest.MockedFunction<typeof callAction>

const row = (id: string, change: Partial<SubmissionListRow> = {}): SubmissionListRow => ({
  id,
  societyId: `soc-${id}`,
  societyName: `自治区${id}学会`,
  contact: '0991-1234567',
  status: 'submitted',
  selfTotal: 88.5,
  finalTotal: null,
  answeredCount: 38,
  submittedAt: '2023-01-05T08:00:00.000Z',
  updatedAt: '2023-01-05T08:00:00.000Z',
  isNew: false,
  ...change,
})

const COUNTS = { draft: 1, submitted: 2, returned: 0, reviewed: 1, 'not-started': 3 }

/** review.rechecks: no 公示 yet, unless a test gives one. */
let rechecks: unknown = { year: 2022, publication: null, pending: [], answered: 0, answeredIds: [] }

function answer(rows: SubmissionListRow[], total = rows.length, defaultScope: 'mine' | 'all' = 'mine') {
  call.mockImplementation((async (action: string, input: { page?: number; pageSize?: number; scope?: string }) =>
    action === 'notifications.unreadCount'
      ? { unread: 4 }
      : action === 'review.rechecks'
        ? rechecks
        : { total, page: input.page ?? 1, pageSize: input.pageSize ?? 20, scope: input.scope ?? defaultScope, counts: COUNTS, rows }) as unknown as typeof callAction)
}

const lastInput = () => call.mock.calls.filter(([a]) => a === 'review.list').at(-1)?.[1]

async function show() {
  await act(async () => void render(<ReviewList />))
}

beforeEach(() => {
  rechecks = { year: 2022, publication: null, pending: [], answered: 0, answeredIds: [] }
  resetTaroMock()
  call.mockReset()
})

describe('the reviewer’s list', () => {
  test('shows each society with its status, self total, final total once reviewed, progress and submit time', async () => {
    answer([row('甲'), row('乙', { status: 'reviewed', finalTotal: 80, answeredCount: 38 }), row('丙', { status: 'draft', answeredCount: 12, submittedAt: null })])
    await show()
    expect(call).toHaveBeenCalledWith('review.list', { year: 2022, sort: 'updated', page: 1, pageSize: 20 })
    expect(screen.getByText('自治区甲学会')).toBeTruthy()
    expect(screen.getAllByText('自评 88.5分')).toHaveLength(3)
    expect(screen.getByText('最终 80分')).toBeTruthy()
    expect(screen.getByText('已答 12/38')).toBeTruthy()
    expect(screen.getByText('尚未提交')).toBeTruthy()
    expect(screen.getAllByText(/^提交于 2023-01-05/)).toHaveLength(2)
    expect(screen.getByText('共 3 个学会')).toBeTruthy()
  })

  test('a status tab asks the server for that status only, and 全部 for every status', async () => {
    answer([row('甲')])
    await show()
    await act(async () => fireEvent.click(screen.getByText('退回修改 0')))
    expect(lastInput()).toEqual({ year: 2022, status: 'returned', sort: 'updated', page: 1, pageSize: 20 })
    await act(async () => fireEvent.click(screen.getByText('全部 7')))
    expect(lastInput()).toEqual({ year: 2022, sort: 'updated', page: 1, pageSize: 20 })
  })

  test('a sort and a searched name are passed to the server', async () => {
    answer([row('甲')])
    await show()
    await act(async () => fireEvent.click(screen.getByText('得分从高到低')))
    expect(lastInput()).toMatchObject({ sort: 'score-desc' })
    const box = screen.getByLabelText('搜索学会名称')
    fireEvent.change(box.querySelector('input') ?? box, { target: { value: ' 化学 ' } })
    await waitFor(() => expect(lastInput()).toMatchObject({ search: '化学', sort: 'score-desc', page: 1 }))
  })

  test('加载更多 fetches the next page and appends it', async () => {
    answer([row('甲')], 2)
    await show()
    answer([row('乙')], 2)
    await act(async () => fireEvent.click(screen.getByText('加载更多')))
    expect(lastInput()).toMatchObject({ page: 2 })
    expect(screen.getByText('自治区甲学会')).toBeTruthy()
    expect(screen.getByText('自治区乙学会')).toBeTruthy()
    expect(screen.queryByText('加载更多')).toBeNull()
  })

  test('tapping a row opens its detail page', async () => {
    answer([row('甲')])
    await show()
    fireEvent.click(screen.getByText('自治区甲学会'))
    expect(navigations).toEqual([{ kind: 'navigateTo', url: '/reviewer/pages/detail/index?id=%E7%94%B2&scope=mine&sort=updated' }])
  })

  test('shows 复核中 with its count during 公示; a waiting society is a tap away', async () => {
    rechecks = {
      year: 2022,
      publication: { until: '2023-03-10', publishedAt: '2023-03-01T00:00:00.000Z', partial: false },
      pending: [{ submissionId: 'sub-乙', societyName: '自治区乙学会', requestedAt: '2023-03-02T00:00:00.000Z', items: ['B1.1', 'B8.1'] }],
      answered: 2,
      answeredIds: ['sub-丙', 'sub-丁'],
    }
    answer([row('甲')])
    await show()
    await waitFor(() => expect(screen.getByText('复核中 1')).toBeTruthy())
    expect(screen.getByText('公示至2023年3月10日 · 已复核 2')).toBeTruthy()
    expect(screen.getByText('B1.1、B8.1')).toBeTruthy()
    fireEvent.click(screen.getByText('自治区乙学会'))
    expect(navigations).toEqual([{ kind: 'navigateTo', url: '/reviewer/pages/detail/index?id=sub-乙' }])
  })

  test('tags the rows of societies whose 复核 waits for its answer (复核中) or was answered (已复核)', async () => {
    const reviewed = { status: 'reviewed' as const, finalTotal: 80 }
    rechecks = {
      year: 2022,
      publication: { until: '2023-03-10', publishedAt: '2023-03-01T00:00:00.000Z', partial: false },
      pending: [{ submissionId: '甲', societyName: '自治区甲学会', requestedAt: '2023-03-02T00:00:00.000Z', items: ['B1.1'] }],
      answered: 1,
      answeredIds: ['乙'],
    }
    answer([row('甲', reviewed), row('乙', reviewed), row('丙', reviewed)])
    await show()
    await waitFor(() => expect(screen.getAllByText('复核中')).toHaveLength(1))
    const rowOf = (text: string) => screen.getAllByText(text).map((el) => el.closest('.review-list__row')?.textContent ?? '')
    expect(rowOf('复核中')).toEqual([expect.stringContaining('自治区甲学会')])
    expect(rowOf('已复核')).toEqual([expect.stringContaining('自治区乙学会')])
  })

  test('carries the filter and sort to the detail page, for 上一份 / 下一份', async () => {
    answer([row('甲')])
    await show()
    await act(async () => fireEvent.click(screen.getByText('已提交 2')))
    await act(async () => fireEvent.click(screen.getByText('名称')))
    fireEvent.click(screen.getByText('自治区甲学会'))
    expect(navigations.at(-1)?.url).toBe('/reviewer/pages/detail/index?id=%E7%94%B2&scope=mine&sort=name&status=submitted')
  })

  test('shows the number of societies per status on the tabs, 未开始 included', async () => {
    answer([row('甲')])
    await show()
    for (const label of ['全部 7', '已提交 2', '退回修改 0', '已审核 1', '填写中 1', '未开始 3']) expect(screen.getByText(label)).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('未开始 3')))
    expect(lastInput()).toMatchObject({ status: 'not-started' })
  })

  test('lists a society not started with its contact, and opens nothing for it', async () => {
    answer([row('丁', { id: null, status: 'not-started', selfTotal: 0, answeredCount: 0, submittedAt: null, updatedAt: null })])
    await show()
    expect(screen.getByText('尚未开始填写')).toBeTruthy()
    expect(screen.getByText('联系方式 0991-1234567')).toBeTruthy()
    fireEvent.click(screen.getByText('自治区丁学会'))
    expect(navigations).toEqual([])
  })

  test('replaces the rows of societies not started when the filter changes (none is left behind)', async () => {
    const idle = (id: string) => row(id, { id: null, status: 'not-started', selfTotal: 0, answeredCount: 0, submittedAt: null, updatedAt: null })
    answer([idle('丁'), idle('戊'), row('甲')])
    await show()
    answer([idle('己')])
    await act(async () => fireEvent.click(screen.getByText('未开始 3')))
    expect([...document.querySelectorAll('.review-list__name')].map((e) => e.textContent)).toEqual(['自治区己学会'])
  })

  test('marks a submission new to this reviewer', async () => {
    answer([row('甲', { isNew: true }), row('乙')])
    await show()
    expect(screen.getAllByText('新')).toHaveLength(1)
  })

  test('leads to the inbox, with its unread count, and to the profile', async () => {
    answer([row('甲')])
    await show()
    await waitFor(() => expect(screen.getByText('4')).toBeTruthy())
    fireEvent.click(screen.getByText('消息'))
    fireEvent.click(screen.getByText('我的'))
    expect(navigations.map((n) => n.url)).toEqual([routes.inbox(), routes.profile()])
  })

  test('shows the scope the server chose, says what to do when nothing is assigned yet, and 全部学会 lists every society', async () => {
    answer([])
    await show()
    expect(lastInput()).not.toHaveProperty('scope')
    expect(document.querySelector('.review-list__scopes .chips__chip--on')?.textContent).toBe('我负责的')
    expect(screen.getByText('还没有分配给您的学会')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('全部学会')))
    expect(lastInput()).toMatchObject({ scope: 'all' })
    expect(document.querySelector('.review-list__scopes .chips__chip--on')?.textContent).toBe('全部学会')
    expect(screen.getByText('管理员登记学会后，各学会会出现在这里。')).toBeTruthy()
  })

  test('a reviewer with no society assigned (or the admin) is shown 全部学会, and 我负责的 is one tap away', async () => {
    answer([row('甲')], 1, 'all')
    await show()
    expect(document.querySelector('.review-list__scopes .chips__chip--on')?.textContent).toBe('全部学会')
    await act(async () => fireEvent.click(screen.getByText('我负责的')))
    expect(lastInput()).toMatchObject({ scope: 'mine' })
    fireEvent.click(screen.getByText('自治区甲学会'))
    expect(navigations.at(-1)?.url).toContain('scope=mine')
  })
})
