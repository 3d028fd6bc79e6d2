import { act, fireEvent, render, screen } from '@testing-library/react'
import { resetTaroMock, router } from '../mocks/taro'
import { callAction } from '../../../src/services/cloud'
import ReviewDetail from '../../../src/reviewer/pages/detail/index'
import { ReviewServer } from './review-server'

/**
 * The reviewer's detail page over a ReviewServer, for tests that mock `src/services/cloud` (jest.mock in the
 * test file itself, so it is hoisted above every import). Call `useReviewPage()` at the top of the file.
 */
export const call = callAction as jest.MockedFunction<typeof callAction>
export let server: ReviewServer

export function useReviewPage(): void {
  beforeEach(() => {
    resetTaroMock()
    router.params = { id: 'sub-1' }
    server = new ReviewServer()
    call.mockReset()
    call.mockImplementation(server.call as unknown as typeof callAction)
  })
}

export const card = (id: string) => document.querySelector(`[data-item="${id}"]`) as HTMLElement

/** The native input or text area labelled `label`. */
export const control = (label: string) => {
  const field = screen.getByLabelText(label)
  return (field.querySelector('input, textarea') ?? field) as HTMLInputElement | HTMLTextAreaElement
}
export const fill = (label: string, value: string) => void fireEvent.change(control(label), { target: { value } })
export const writes = () => call.mock.calls.filter(([action]) => action !== 'review.get' && action !== 'evidence.urls')
export const totalLabelled = (label: string) =>
  [...document.querySelectorAll('.review-detail__total-label')].find((e) => e.textContent === label)?.nextElementSibling?.textContent

export async function show() {
  await act(async () => void render(<ReviewDetail />))
}
