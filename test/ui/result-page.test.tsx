import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { resetTaroMock, router } from './mocks/taro'
import { ActionError } from '../../src/shared'
import { callAction } from '../../src/services/cloud'
import Result from '../../src/filler/result/index'
import { YEAR, fullAnswers, reviewedView, submissionView } from './support/submission-views'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
const call = callAction as jest.MockedFunction<typeof callAction>

async function show() {
  await act(async () => void render(<Result />))
}

const itemRow = (id: string) => screen.getByText(new RegExp(`^${id.replace('.', '\\.')} `)).closest('.result__item') as HTMLElement

const totalLabelled = (label: string) => screen.getByText(label).nextElementSibling?.textContent

beforeEach(() => {
  resetTaroMock()
  router.params = { year: String(YEAR) }
  call.mockReset()
})

describe('the result page', () => {
  test('loads the result of the year in the link on its own', async () => {
    call.mockResolvedValue(reviewedView(fullAnswers(), {}, {}))
    await show()
    expect(call).toHaveBeenCalledWith('submission.result', { year: YEAR })
  })

  test('shows each item with its self score, final score and the comment, highlighting changed items', async () => {
    call.mockResolvedValue(reviewedView(fullAnswers(), { 'B7.1': 2, 'B1.1': 2 }, { 'B7.1': '仅在基层开展，按2分计' }))
    await show()
    const changed = itemRow('B7.1')
    expect(within(changed).getByText('自评 5')).toBeTruthy()
    expect(within(changed).getByText('最终 2')).toBeTruthy()
    expect(within(changed).getByText('审核意见：仅在基层开展，按2分计')).toBeTruthy()
    expect(changed.className).toContain('result__item--changed')
    const kept = itemRow('B1.1')
    expect(within(kept).getByText('最终 2')).toBeTruthy()
    expect(kept.className).not.toContain('result__item--changed')
  })

  test('shows self against final per B group, per A group and in total', async () => {
    call.mockResolvedValue(reviewedView(fullAnswers(), { 'B7.1': 2 }, {}))
    await show()
    const b7 = screen.getByText(/^B7 学术活动/).closest('.result__group') as HTMLElement
    expect(within(b7).getByText('自评 15')).toBeTruthy()
    expect(within(b7).getByText('最终 12')).toBeTruthy()
    const a3 = screen.getByText(/^A3 业务工作/).closest('.result__group') as HTMLElement
    expect(within(a3).getByText('自评 65')).toBeTruthy()
    expect(within(a3).getByText('最终 62')).toBeTruthy()
    expect(totalLabelled('自评总分')).toBe('110')
    expect(totalLabelled('最终得分')).toBe('107')
  })

  test('can narrow the list to the items whose score changed', async () => {
    call.mockResolvedValue(reviewedView(fullAnswers(), { 'B7.1': 2 }, {}))
    await show()
    fireEvent.click(screen.getByText('有调整的（1）'))
    expect(document.querySelectorAll('.result__item')).toHaveLength(1)
  })

  test('says the form is being reviewed when it is not reviewed yet', async () => {
    call.mockResolvedValue(submissionView(fullAnswers(), { status: 'submitted' }))
    await show()
    expect(screen.getByText('审核中')).toBeTruthy()
    expect(screen.getByText(/审核结果出来后会通过微信消息/)).toBeTruthy()
  })

  test("shows a returned form's reason with the way to fix it", async () => {
    call.mockResolvedValue(submissionView(fullAnswers(), { status: 'returned', returnReasons: { overall: '请补充照片', items: {} } }))
    await show()
    expect(screen.getByText('已退回修改')).toBeTruthy()
    expect(screen.getByText('请补充照片')).toBeTruthy()
    expect(screen.getByText('查看意见并修改')).toBeTruthy()
  })

  test('says when the society has no form for the year', async () => {
    call.mockRejectedValue(new ActionError('NOT_FOUND', '本学会还没有填写2022年度的自评表'))
    await show()
    expect(screen.getByText('2022年度还没有自评表')).toBeTruthy()
  })
})
