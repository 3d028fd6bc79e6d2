import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { navigations, resetTaroMock } from './mocks/taro'
import type { SubmissionListRow } from '../../src/shared'
import { callAction } from '../../src/services/cloud'
import ReviewList from '../../src/reviewer/pages/list/index'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
const call = callAction as jest.MockedFunction<typeof callAction>

const row = (id: string, change: Partial<SubmissionListRow> = {}): SubmissionListRow => ({
  id,
  societyId: `soc-${id}`,
  societyName: `自治区${id}学会`,
  status: 'submitted',
  selfTotal: 88.5,
  finalTotal: null,
  answeredCount: 38,
  submittedAt: '2023-01-05T08:00:00.000Z',
  updatedAt: '2023-01-05T08:00:00.000Z',
  ...change,
})

function answer(rows: SubmissionListRow[], total = rows.length) {
  call.mockImplementation((async (_action: string, input: { page?: number; pageSize?: number }) => ({
    total,
    page: input.page ?? 1,
    pageSize: input.pageSize ?? 20,
    rows,
  })) as unknown as typeof callAction)
}

const lastInput = () => call.mock.calls[call.mock.calls.length - 1]?.[1]

async function show() {
  await act(async () => void render(<ReviewList />))
}

beforeEach(() => {
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
    expect(screen.getByText('共 3 份')).toBeTruthy()
  })

  test('a status tab asks the server for that status only, and 全部 for every status', async () => {
    answer([row('甲')])
    await show()
    await act(async () => fireEvent.click(screen.getByText('退回修改')))
    expect(lastInput()).toEqual({ year: 2022, status: 'returned', sort: 'updated', page: 1, pageSize: 20 })
    await act(async () => fireEvent.click(screen.getByText('全部')))
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
    expect(navigations).toEqual([{ kind: 'navigateTo', url: '/reviewer/pages/detail/index?id=甲' }])
  })

  test('says submissions appear once societies submit when there are none yet', async () => {
    answer([])
    await show()
    expect(screen.getByText('学会提交后会出现在这里。')).toBeTruthy()
  })
})
