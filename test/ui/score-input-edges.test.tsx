import { act, fireEvent, screen } from '@testing-library/react'
import type { ItemAnswer } from '../../src/shared'
import { renderWidget } from './support/answer-widget-harness'

/** B8.1 is a judgement item scored 0–6 in half points: the one a new user typed 7, -1, 1e3 and 4,5 into. */
const renderScore = (id = 'B8.1', initial?: ItemAnswer) => renderWidget(id, initial)

const box = () => screen.getByLabelText(/自评分/) as HTMLInputElement
const type = async (text: string) => {
  await act(async () => fireEvent.change(box(), { target: { value: text } }))
}
const leave = async () => {
  await act(async () => fireEvent.blur(box()))
}

describe('a typed score', () => {
  test.each([
    ['7', '须在0到6分之间'],
    ['-1', '须在0到6分之间'],
    ['1e3', '请填写数字'],
    ['abc', '请填写数字'],
    ['6.5', '须在0到6分之间'],
  ])('“%s” stays in the box, is not saved, and the message names the item and its range', async (typed, says) => {
    const changes = renderScore('B8.1', { score: 2 })
    await type(typed)
    await leave()
    expect(box().value).toBe(typed)
    expect(changes).toEqual([])
    const message = screen.getByText(new RegExp(says))
    expect(message.textContent).toContain('B8.1')
    expect(message.textContent).toContain('0到6分')
    expect(message.textContent).toContain('未保存')
  })

  test.each([
    ['4,5', 4.5],
    ['４．５', 4.5],
    ['４，５', 4.5],
    ['６', 6],
    [' 3 ', 3],
    ['0', 0],
  ])('“%s” is read as %s and saved', async (typed, score) => {
    const changes = renderScore('B8.1')
    await type(typed)
    await leave()
    expect(changes.at(-1)).toEqual({ score })
    expect(screen.queryByText(/未保存/)).toBeNull()
  })

  test('a score between the half points is saved at the nearest one and says so', async () => {
    const changes = renderScore('B8.1')
    await type('3.3')
    expect(changes.at(-1)).toEqual({ score: 3.5 })
    expect(screen.getByText(/按每档0.5分记为3.5分/)).toBeTruthy()
  })

  test('fixing a refused score saves it and clears the message', async () => {
    const changes = renderScore('B8.1', { score: 2 })
    await type('7')
    expect(screen.getByText(/未保存/)).toBeTruthy()
    await type('5')
    expect(changes).toEqual([{ score: 5 }])
    expect(screen.queryByText(/未保存/)).toBeNull()
  })

  test('typed key by key, “1e3” passes through a readable 1: once refused, the score goes back to what it was', async () => {
    const changes = renderScore('B8.1', { score: 2 })
    for (const typed of ['1', '1e', '1e3']) await type(typed)
    expect(changes).toEqual([{ score: 1 }, { score: 2 }])
    expect(box().value).toBe('1e3')
    expect(screen.getByText('B8.1 自评分：请填写数字（0到6分，如4或4.5），“1e3”未保存，仍为2分')).toBeTruthy()
  })

  test('full-width “５．５” typed key by key passes through “５．” without a refusal and is saved as 5.5', async () => {
    const changes = renderScore('B8.1', { score: 2 })
    for (const typed of ['５', '５．', '５．５']) await type(typed)
    expect(changes).toEqual([{ score: 5 }, { score: 5.5 }])
    expect(box().value).toBe('５．５')
    expect(screen.queryByText(/未保存/)).toBeNull()
  })

  test('an unanswered item typed into with “5x” is unanswered again, not 5', async () => {
    const changes = renderScore('B8.1')
    for (const typed of ['5', '5x']) await type(typed)
    expect(changes).toEqual([{ score: 5 }, null])
  })

  test('emptying the box does not score 0', async () => {
    const changes = renderScore('B8.1')
    await type('')
    await leave()
    expect(changes).toEqual([])
    expect(box().value).toBe('')
  })

  test('the − and + buttons step by half a point within the range', async () => {
    const changes = renderScore('B6.4', { score: 0.5 })
    await act(async () => fireEvent.click(screen.getByLabelText('加0.5分')))
    expect(changes.at(-1)).toEqual({ score: 1 })
    expect(box().value).toBe('1')
    expect((screen.getByLabelText('加0.5分') as HTMLButtonElement).getAttribute('aria-disabled')).toBe('true')
    await act(async () => fireEvent.click(screen.getByLabelText('减0.5分')))
    expect(changes.at(-1)).toEqual({ score: 0.5 })
  })
})
