import { act, fireEvent, screen, within } from '@testing-library/react'
import type { PreviousYear, SubmissionView } from '../../src/shared'
import { call, card, fill, server, show, useReviewPage } from './support/review-page'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
useReviewPage()
jest.setTimeout(20_000)

const lastYear: PreviousYear = {
  year: 2021,
  finalTotal: 96.5,
  grade: '优秀',
  items: {
    'B7.1': { selfScore: 5, finalScore: 3, comment: '仅有一次活动的记录' },
    'B1.1': { selfScore: 2, finalScore: 2, comment: '' },
  },
}

/** review.get answers with last year; the other actions answer a plain view, as the server does. */
function withLastYear(risen: string[], last: PreviousYear = lastYear) {
  const plain = server.call
  call.mockImplementation((async (action: string, input: unknown) => {
    const answer = (await plain(action, input)) as SubmissionView
    if (action !== 'review.get') return { ...answer, previousYear: undefined, risenOnSamePhoto: undefined }
    return { ...answer, previousYear: last, risenOnSamePhoto: risen }
  }) as never)
}

describe('the reviewer sees last year beside this year', () => {
  test('per item: last year’s final score (and self score when changed) and comment; last year’s total in the header', async () => {
    withLastYear([])
    await show()
    expect(screen.getByText('2021年度审核结果：96.5分，优秀')).toBeTruthy()
    expect(within(card('B7.1')).getByText('2021年度：最终得分 3分（自评5分）')).toBeTruthy()
    expect(within(card('B7.1')).getByText('上年意见：仅有一次活动的记录')).toBeTruthy()
    expect(within(card('B1.1')).getByText('2021年度：最终得分 2分')).toBeTruthy()
    expect(within(card('B2.1')).getByText('2021年度：无此项')).toBeTruthy()
    expect(document.querySelectorAll('.last-year--flagged')).toHaveLength(0)
  })

  test('flags an item whose self score rose by more than half its maximum on last year’s very photo', async () => {
    withLastYear(['B1.1'], { ...lastYear, items: { ...lastYear.items, 'B1.1': { selfScore: 0, finalScore: 0, comment: '未换届' } } })
    await show()
    const flagged = document.querySelectorAll('.last-year--flagged')
    expect(flagged).toHaveLength(1)
    expect(within(card('B1.1')).getByText('请核实：自评比上年高2分（超过满分的一半），证明照片与上年的是同一文件')).toBeTruthy()
  })

  test('keeps last year on screen after a save answers without it', async () => {
    withLastYear([])
    await show()
    fill('B7.1 最终得分', '2.5')
    fill('B7.1 审核意见', '仅在基层开展')
    await act(async () => fireEvent.click(within(card('B7.1')).getByText('保存')))
    expect(within(card('B7.1')).getByText('最终 2.5分')).toBeTruthy()
    expect(within(card('B7.1')).getByText('2021年度：最终得分 3分（自评5分）')).toBeTruthy()
  })

  test('shows nothing of last year when there is no finalized form of it', async () => {
    await show()
    expect(document.querySelectorAll('[data-last-year]')).toHaveLength(0)
  })
})
