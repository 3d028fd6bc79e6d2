import { act, fireEvent, screen, within } from '@testing-library/react'
import Taro, { toasts } from './mocks/taro'
import { ActionError } from '../../src/shared'
import { call, card, fill, server, show, totalLabelled, useReviewPage, writes } from './support/review-page'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
useReviewPage()
// 38 items with their widgets render slowly when the machine is busy.
jest.setTimeout(20_000)

const status = () => document.querySelector('.review-detail__title-row')?.textContent
const scoreBox = (id: string) => {
  const field = screen.getByLabelText(`${id} 最终得分`)
  return (field.querySelector('input') ?? field) as HTMLInputElement
}

describe('the reviewer’s detail page', () => {
  test('loads the submission in the link and shows society, filler, status and both totals', async () => {
    await show()
    expect(call).toHaveBeenCalledWith('review.get', { submissionId: 'sub-1' })
    expect(screen.getByText('自治区测试学会')).toBeTruthy()
    expect(screen.getByText('填报人：张三 13800138000')).toBeTruthy()
    expect(status()).toContain('已提交')
    expect(totalLabelled('自评总分')).toBe('110')
    expect(totalLabelled('最终得分')).toBe('未审核')
  })

  test('shows every item’s answer in words, its self score, its photos and a final score not yet reviewed', async () => {
    await show()
    const item = card('B7.1')
    expect(within(item).getByText('自评 5分')).toBeTruthy()
    expect(within(item).getByText('最终得分：未审核')).toBeTruthy()
    expect(scoreBox('B7.1').value).toBe('')
    expect(within(card('B1.1')).getByText(/：是$/)).toBeTruthy()
    expect(card('B1.1').querySelector('img')?.getAttribute('src')).toBe('https://example.test/photo-1.jpg')
    expect(document.querySelectorAll('[data-item]')).toHaveLength(38)
  })

  test('saving a changed final score sends that item, its score and comment, and shows the totals the server returns', async () => {
    await show()
    fill('B7.1 最终得分', '2.5')
    fill('B7.1 审核意见', '仅在基层开展')
    await act(async () => fireEvent.click(within(card('B7.1')).getByText('保存')))
    expect(writes()).toEqual([
      ['review.saveScores', { submissionId: 'sub-1', items: { 'B7.1': { finalScore: 2.5, comment: '仅在基层开展' } }, baseVersion: 3 }],
    ])
    expect(totalLabelled('最终得分')).toBe('已审1/38项')
    expect(within(card('B7.1')).getByText('最终 2.5分')).toBeTruthy()
    expect(totalLabelled('自评总分')).toBe('110')
  })

  test('采纳其余自评分 takes the self score of every item not yet reviewed and shows the final total', async () => {
    await show()
    fill('B7.1 最终得分', '2.5')
    fill('B7.1 审核意见', '仅在基层开展')
    await act(async () => fireEvent.click(within(card('B7.1')).getByText('保存')))
    await act(async () => fireEvent.click(screen.getByText('采纳其余自评分（37项未审核）')))
    expect(writes().at(-1)).toEqual(['review.acceptSelfScores', { submissionId: 'sub-1' }])
    expect(totalLabelled('最终得分')).toBe('107.5')
    expect(within(card('B7.1')).getByText('最终 2.5分')).toBeTruthy()
    expect(within(card('B1.1')).getByText(/最终 \d/)).toBeTruthy()
    expect(screen.queryByText(/采纳其余自评分/)).toBeNull()
    expect(toasts).toContain('已采纳37项自评分')
  })

  test.each([
    ['7', '最终得分须在0到5分之间（收到7）'],
    ['2.3', '最终得分须为0.5的倍数（收到2.3）'],
    ['4a', '最终得分须为数字，如 4 或 4.5（收到“4a”）'],
    ['-1', '最终得分须在0到5分之间（收到-1）'],
  ])('refuses a final score of “%s” with a Chinese message, without saving', async (typed, message) => {
    await show()
    fill('B7.1 最终得分', typed)
    await act(async () => fireEvent.click(within(card('B7.1')).getByText('保存')))
    expect(within(card('B7.1')).getByText(message)).toBeTruthy()
    expect(writes()).toEqual([])
  })

  test('returning requires a reason, then sends the overall reason and the marked items’ reasons', async () => {
    await show()
    fireEvent.click(within(card('B2.1')).getByText('标记退回'))
    fireEvent.click(screen.getByText('退回修改（1项）'))
    await act(async () => fireEvent.click(screen.getByText('确认退回')))
    expect(screen.getByText('请填写退回原因（总体原因或至少一项的原因）')).toBeTruthy()
    expect(writes()).toEqual([])
    fill('B2.1 退回原因', '缺少会议纪要照片')
    await act(async () => fireEvent.click(screen.getByText('确认退回')))
    expect(writes()).toEqual([['review.return', { submissionId: 'sub-1', overall: '', items: { 'B2.1': '缺少会议纪要照片' } }]])
    expect(status()).toContain('退回修改')
    expect(screen.queryByLabelText('B7.1 最终得分')).toBeNull()
  })

  test('审核通过 asks for confirmation, finalizes, then shows the form read-only as 已审核', async () => {
    await show()
    await act(async () => fireEvent.click(screen.getByText('审核通过')))
    expect(writes()).toEqual([['review.finalize', { submissionId: 'sub-1' }]])
    expect(status()).toContain('已审核')
    expect(screen.queryByText('审核通过')).toBeNull()
    expect(screen.queryByLabelText('B7.1 最终得分')).toBeNull()
    expect(toasts).toContain('已审核通过')
  })

  test('does not finalize while a changed score is unsaved', async () => {
    await show()
    fill('B7.1 最终得分', '3')
    await act(async () => fireEvent.click(screen.getByText('审核通过')))
    expect(writes()).toEqual([])
  })

  test('when another reviewer got there first, explains it and reloads the submission', async () => {
    await show()
    const modal = jest.spyOn(Taro, 'showModal')
    server.failNext = new ActionError('INVALID_STATE', '当前状态为“已审核”，不能修改审核得分')
    server.view = { ...server.view, status: 'reviewed' }
    fill('B7.1 最终得分', '3')
    fill('B7.1 审核意见', '部分活动无记录')
    await act(async () => fireEvent.click(within(card('B7.1')).getByText('保存')))
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('不能修改审核得分') }))
    expect(call.mock.calls.filter(([a]) => a === 'review.get')).toHaveLength(2)
    expect(status()).toContain('已审核')
    modal.mockRestore()
  })
})
