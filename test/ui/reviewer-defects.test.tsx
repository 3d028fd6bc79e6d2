/** The reviewer's detail page: the defects a reviewer met in the first minute (issue 8, section 1). */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { ActionError, scoreReview } from '../../src/shared'
import ReviewDetail from '../../src/reviewer/pages/detail/index'
import { card, control, fill, server, show, totalLabelled, useReviewPage, writes } from './support/review-page'
import { fullAnswers, rubric, submissionView } from './support/submission-views'

// The page renders all 38 items with NutUI; on a busy machine the first render alone can take seconds.
jest.setTimeout(30_000)
jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
useReviewPage()

const tap = (scope: HTMLElement, text: string) => act(async () => void fireEvent.click(within(scope).getByText(text)))
const long = (n: number) => '材'.repeat(n)

describe('a long review comment', () => {
  test('is kept whole, counted against its limit of 500 and refused with the limit named, never cut', async () => {
    await show()
    fill('B7.1 最终得分', '3')
    fill('B7.1 审核意见', long(680))
    expect(control('B7.1 审核意见').value).toHaveLength(680)
    expect(control('B7.1 审核意见').getAttribute('maxlength')).not.toBe('500')
    expect(within(card('B7.1')).getByText('680/500')).toBeTruthy()
    expect(within(card('B7.1')).getAllByText('审核意见不能超过500字（现有680字）')).toHaveLength(1)
    await tap(card('B7.1'), '保存')
    expect(writes()).toEqual([])
    expect(control('B7.1 审核意见').value).toHaveLength(680)
  })

  test('a return reason of 1,380 characters is refused naming the 1,000-character limit, not cut', async () => {
    await show()
    await tap(document.body, '退回修改')
    fill('总体原因', long(1380))
    expect(control('总体原因').value).toHaveLength(1380)
    expect(screen.getByText('1380/1000')).toBeTruthy()
    await act(async () => void fireEvent.click(screen.getByText('确认退回')))
    expect(screen.getAllByText('总体原因不能超过1000字（现有1380字）').length).toBeGreaterThan(1)
    expect(writes()).toEqual([])
  })
})

describe('the header’s status tag', () => {
  test('is white with coloured text on the blue header, not blue on blue', async () => {
    await show()
    const tag = document.querySelector('.review-detail__title-row .nut-tag') as HTMLElement
    expect(tag.className).toContain('status-tag--on-colour')
    expect(tag.style.backgroundColor).toBe('rgb(255, 255, 255)')
    expect((tag.querySelector('.nut-tag-text') as HTMLElement).style.color).toBe('rgb(31, 111, 214)')
  })
})

describe('before anyone reviewed', () => {
  test('a draft shows 最终得分 未审核 in the header and on every item, not the self score', async () => {
    server.view = submissionView(fullAnswers(), { finalScore: scoreReview(rubric, fullAnswers(), {}) })
    await show()
    expect(totalLabelled('最终得分')).toBe('未审核')
    expect(screen.getAllByText('最终得分：未审核')).toHaveLength(38)
    expect(screen.queryByText(/最终 \d/)).toBeNull()
  })

  test('按自评分确认 accepts an item at its self score; the group and header then count it as reviewed', async () => {
    await show()
    await tap(card('B1.1'), '按自评分确认')
    expect(writes()).toEqual([['review.saveScores', { submissionId: 'sub-1', items: { 'B1.1': { finalScore: 2, comment: '' } }, baseVersion: 3 }]])
    expect(within(card('B1.1')).getByText('最终 2分')).toBeTruthy()
    expect(within(card('B1.1')).queryByText('最终得分：未审核')).toBeNull()
    expect(totalLabelled('最终得分')).toBe('已审1/38项')
    expect(screen.getByText(/自评 5 · 已审1\/3项/)).toBeTruthy()
  })

  test('once every item is reviewed the header shows the final total', async () => {
    const items = Object.fromEntries(Object.keys(fullAnswers()).map((id) => [id, { finalScore: server.view.selfScore.items[id] ?? 0, comment: '' }]))
    server.view = { ...server.view, review: { items, reviewerName: '李审核', updatedAt: '2023-02-01T00:00:00.000Z', finalizedAt: null } }
    await show()
    expect(totalLabelled('最终得分')).toBe('110')
  })
})

describe('the final-score input', () => {
  test.each([['4.5'], ['4,5'], ['４．５'], ['4，5'], [' 4.5 ']])('reads “%s” as 4.5', async (typed) => {
    await show()
    fill('B7.1 最终得分', typed)
    fill('B7.1 审核意见', '有一项活动无记录')
    await tap(card('B7.1'), '保存')
    expect(writes()).toEqual([
      ['review.saveScores', { submissionId: 'sub-1', items: { 'B7.1': { finalScore: 4.5, comment: '有一项活动无记录' } }, baseVersion: 3 }],
    ])
  })

  test('keeps letters as typed and says what is wrong instead of dropping them', async () => {
    await show()
    fill('B7.1 最终得分', '4分')
    expect(control('B7.1 最终得分').value).toBe('4分')
    expect(control('B7.1 最终得分').getAttribute('type')).toBe('text')
    await tap(card('B7.1'), '保存')
    expect(within(card('B7.1')).getByText('最终得分须为数字，如 4 或 4.5（收到“4分”）')).toBeTruthy()
    expect(writes()).toEqual([])
  })
})

describe('a changed score', () => {
  test('needs a comment: without one it is refused with a message naming both scores', async () => {
    await show()
    fill('B7.1 最终得分', '3')
    await tap(card('B7.1'), '保存')
    expect(within(card('B7.1')).getByText('最终得分（3分）与自评分（5分）不同，请填写审核意见说明理由')).toBeTruthy()
    expect(writes()).toEqual([])
    fill('B7.1 审核意见', '两次活动无照片')
    await tap(card('B7.1'), '保存')
    expect(writes()).toEqual([['review.saveScores', { submissionId: 'sub-1', items: { 'B7.1': { finalScore: 3, comment: '两次活动无照片' } }, baseVersion: 3 }]])
  })
})

describe('a refused entry’s message', () => {
  test('goes as soon as the comment it asks for is typed, and comes back if the comment is emptied again', async () => {
    await show()
    fill('B7.1 最终得分', '3')
    await tap(card('B7.1'), '保存')
    const asked = '最终得分（3分）与自评分（5分）不同，请填写审核意见说明理由'
    expect(within(card('B7.1')).getByText(asked)).toBeTruthy()
    fill('B7.1 审核意见', '两次活动无照片')
    expect(within(card('B7.1')).queryByText(asked)).toBeNull()
    fill('B7.1 审核意见', '')
    expect(within(card('B7.1')).getByText(asked)).toBeTruthy()
  })
})

/** This reviewer types 3 and a comment for B7.1; meanwhile another reviewer saved 4; this one's save meets the conflict. */
async function meetAConflictOnB71() {
  await show()
  fill('B7.1 最终得分', '3')
  fill('B7.1 审核意见', '两次活动无照片')
  await server.call('review.saveScores', { submissionId: 'sub-1', items: { 'B7.1': { finalScore: 4, comment: '照片不清晰' } }, baseVersion: 3 })
  server.failNext = new ActionError('CONFLICT', '另一位审核员刚刚保存了修改')
  await tap(card('B7.1'), '保存')
  await act(async () => void (await new Promise((r) => setTimeout(r, 0))))
}

describe('two reviewers changing one item', () => {
  test('the second keeps what they typed and sees the first one’s version beside it, then chooses', async () => {
    await meetAConflictOnB71()
    expect(control('B7.1 最终得分').value).toBe('3')
    expect(control('B7.1 审核意见').value).toBe('两次活动无照片')
    expect(within(card('B7.1')).getByText('另一位审核员已保存：4分，意见：照片不清晰')).toBeTruthy()
    await tap(card('B7.1'), '保存我的')
    expect(writes().at(-1)).toEqual(['review.saveScores', { submissionId: 'sub-1', items: { 'B7.1': { finalScore: 3, comment: '两次活动无照片' } }, baseVersion: 4 }])
    expect(within(card('B7.1')).queryByText(/另一位审核员已保存/)).toBeNull()
  })

  test('one’s own “4,5” saved as 4.5 is not mistaken for another reviewer’s version', async () => {
    await show()
    fill('B7.1 最终得分', '4,5')
    fill('B7.1 审核意见', '酌情扣分')
    await tap(card('B7.1'), '保存')
    expect(server.view.review?.items['B7.1']).toMatchObject({ finalScore: 4.5, comment: '酌情扣分' })
    expect(within(card('B7.1')).queryByText(/另一位审核员已保存/)).toBeNull()
  })

  test('采用对方的 puts the other version in the boxes and saves nothing', async () => {
    await meetAConflictOnB71()
    const before = writes().length
    await tap(card('B7.1'), '采用对方的')
    expect(control('B7.1 最终得分').value).toBe('4')
    expect(control('B7.1 审核意见').value).toBe('照片不清晰')
    expect(writes()).toHaveLength(before)
  })
})

describe('return reasons', () => {
  test('read 本次退回原因 while the form is back with the society, 上次退回原因 once it is resubmitted', async () => {
    const returnReasons = { overall: '请补充照片', items: { 'B2.1': '缺少会议纪要' } }
    server.view = { ...server.view, status: 'returned', returnReasons }
    const { unmount } = render(<ReviewDetail />)
    await act(async () => undefined)
    expect(screen.getByText('本次退回原因：请补充照片')).toBeTruthy()
    expect(within(card('B2.1')).getByText('本次退回原因：缺少会议纪要')).toBeTruthy()
    unmount()
    server.view = { ...server.view, status: 'submitted' }
    await show()
    expect(screen.getByText('上次退回原因：请补充照片')).toBeTruthy()
  })
})
