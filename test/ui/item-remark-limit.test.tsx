/** The filler's remark: a 680-character remark is counted, refused with the limit named, and kept whole on the phone. */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { resetTaroMock, router } from './mocks/taro'
import { callAction } from '../../src/services/cloud'
import { draftStoreFor } from '../../src/features/draft'
import ItemPage from '../../src/filler/item/index'
import { FakeServer } from './support/fake-server'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
const call = callAction as jest.MockedFunction<typeof callAction>

test('a remark over 500 characters is kept, counted and refused with the limit named; it never reaches the server', async () => {
  resetTaroMock()
  const server = new FakeServer()
  call.mockImplementation(server.call as unknown as typeof callAction)
  router.params = { id: 'B1.1', year: '2022' }
  await act(() => draftStoreFor(2022).reload())
  await act(async () => void render(<ItemPage />))
  const remark = document.querySelector('.item-page__remark textarea') as HTMLTextAreaElement
  await act(async () => void fireEvent.change(remark, { target: { value: '记'.repeat(680) } }))
  await act(async () => new Promise((r) => setTimeout(r, 1500)))
  expect(remark.value).toHaveLength(680)
  expect(screen.getByText('680/500')).toBeTruthy()
  expect(screen.getAllByText('备注不能超过500字（现有680字）')).toHaveLength(1)
  expect(server.saves.filter((s) => 'B1.1' in s.patch)).toEqual([])
  // Cut down by the filler to fit, it saves as usual.
  await act(async () => void fireEvent.change(remark, { target: { value: '记'.repeat(500) } }))
  await act(async () => new Promise((r) => setTimeout(r, 1500)))
  expect(screen.queryByText(/备注不能超过/)).toBeNull()
  expect(server.saves.filter((s) => 'B1.1' in s.patch)).toHaveLength(1)
})
