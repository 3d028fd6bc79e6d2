import { act, renderHook } from '@testing-library/react'
import { emitNetworkChange, resetTaroMock, storage } from './mocks/taro'
import { SAVE_DELAY_MS } from '../../src/features/draft/backoff'
import { useReviewEntry } from '../../src/reviewer/pages/detail/use-review-entry'

const SUBMISSION = 'sub-1'
const validScore = (score: string) => /^\d+(\.5)?$/.test(score.trim())

function entry(save: (score: string, comment: string) => Promise<boolean>, saved = { score: '', comment: '' }) {
  return renderHook(() =>
    useReviewEntry({
      submissionId: SUBMISSION,
      itemId: 'B1.1',
      savedScore: saved.score,
      savedComment: saved.comment,
      editable: true,
      isValid: (score) => validScore(score),
      save,
    }),
  )
}

beforeEach(() => {
  jest.useFakeTimers()
  resetTaroMock()
})
afterEach(() => jest.useRealTimers())

describe('what a reviewer types saves itself', () => {
  test('kept on the phone at once, sent once after a pause, when valid', async () => {
    const save = jest.fn(async () => true)
    const { result } = entry(save)
    act(() => result.current.setScore('1.5'))
    act(() => result.current.setComment('材料不全'))
    expect(result.current.pending).toBe(true)
    expect(storage.get(`review-draft:${SUBMISSION}`)).toEqual({ 'B1.1': { score: '1.5', comment: '材料不全' } })
    expect(save).not.toHaveBeenCalled()
    await act(async () => void jest.advanceTimersByTime(SAVE_DELAY_MS))
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenCalledWith('1.5', '材料不全')
  })

  test('an invalid entry is kept on the phone and never sent', async () => {
    const save = jest.fn(async () => true)
    const { result } = entry(save)
    act(() => result.current.setScore('4,5分'))
    await act(async () => void jest.advanceTimersByTime(60_000))
    expect(save).not.toHaveBeenCalled()
    expect(result.current.pending).toBe(true)
    expect(storage.get(`review-draft:${SUBMISSION}`)).toEqual({ 'B1.1': { score: '4,5分', comment: '' } })
  })

  test('survives a reload: a new page starts from the copy on the phone and sends it', async () => {
    const first = entry(jest.fn(async () => false))
    act(() => first.result.current.setScore('2'))
    first.unmount()
    const save = jest.fn(async () => true)
    const { result } = entry(save)
    expect(result.current.score).toBe('2')
    await act(async () => void jest.advanceTimersByTime(SAVE_DELAY_MS))
    expect(save).toHaveBeenCalledWith('2', '')
  })

  test('a failed save is retried later, and at once when the network comes back', async () => {
    const save = jest.fn(async () => false)
    const { result } = entry(save)
    act(() => result.current.setScore('1'))
    await act(async () => void jest.advanceTimersByTime(SAVE_DELAY_MS))
    expect(save).toHaveBeenCalledTimes(1)
    await act(async () => void jest.advanceTimersByTime(60_000))
    const retried = save.mock.calls.length
    expect(retried).toBeGreaterThan(1)
    save.mockResolvedValue(true)
    await act(async () => emitNetworkChange(true))
    await act(async () => void jest.advanceTimersByTime(60_000))
    expect(save.mock.calls.length).toBeGreaterThan(retried)
    expect(save).toHaveBeenLastCalledWith('1', '')
  })
})
