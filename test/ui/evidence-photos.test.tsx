import { useState } from 'react'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { resetTaroMock } from './mocks/taro'
import { ActionError, type SubmissionView } from '../../src/shared'
import { NetworkError } from '../../src/services/network-error'
import { callAction, uploadEvidence } from '../../src/services/cloud'
import Taro from '@tarojs/taro'
import { choosePhotos, compressPhoto } from '../../src/features/photos'
import EvidencePhotos from '../../src/components/evidence-photos'
import { evidenceAnswer, submissionView } from './support/submission-views'
import { applyEvidenceChanged } from '../../src/features/draft/apply-evidence'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
jest.mock('../../src/features/photos', () => ({
  choosePhotos: jest.fn(),
  compressPhoto: jest.fn(async (path: string) => `${path}#compressed`),
  photoFileName: () => 'photo-1.jpg',
}))
const call = callAction as jest.MockedFunction<typeof callAction>
const upload = uploadEvidence as jest.MockedFunction<typeof uploadEvidence>
const choose = choosePhotos as jest.MockedFunction<typeof choosePhotos>
const compress = compressPhoto as jest.MockedFunction<typeof compressPhoto>

const ITEM = 'B1.1'
const ids = (n: number, prefix = 'f') => Array.from({ length: n }, (_, i) => `local:evidence/soc-1/2022/${ITEM}/${prefix}${i}.jpg`)

/** The server's list of photos for the item, changed by addPhoto and removePhoto (answered with what changed). */
let stored: string[] = []
let version = 3
const viewWith = (fileIds: string[]): SubmissionView => submissionView({}, { version, evidence: fileIds.length ? { [ITEM]: fileIds } : {} })
const PHOTO = { kind: 'photo' as const, mime: 'image/jpeg', name: 'photo-1.jpg', size: 1000 }

function answerActions() {
  call.mockImplementation((async (action: string, input: { fileIds?: string[]; fileId?: string }) => {
    if (action === 'evidence.urls') return { urls: Object.fromEntries((input.fileIds ?? []).map((id) => [id, `https://files.test/${id}`])) }
    const fileId = input.fileId as string
    const answer = evidenceAnswer(viewWith(stored), ITEM, fileId, action === 'submission.addPhoto' ? { file: PHOTO, sameAs: [] } : null)
    stored = action === 'submission.addPhoto' ? [...stored, fileId] : stored.filter((id) => id !== fileId)
    version = answer.version
    return answer
  }) as typeof callAction)
}

const disagrees = (answer: unknown): never => {
  throw new Error(`the copy disagrees with the answer ${JSON.stringify(answer)}`)
}

/** The page's copy of the submission, changed by the component's answers as the item page changes it. */
function Harness({ initial, editable = true }: { initial: string[]; editable?: boolean }) {
  const [view, setView] = useState(() => viewWith(initial))
  return (
    <EvidencePhotos
      year={2022}
      societyId="soc-1"
      itemId={ITEM}
      fileIds={view.evidence[ITEM] ?? []}
      editable={editable}
      onChange={(answer) => setView((v) => applyEvidenceChanged(v, answer) ?? disagrees(answer))}
    />
  )
}

async function show(initial: string[], editable = true) {
  stored = [...initial]
  version = 3
  await act(async () => void render(<Harness initial={initial} editable={editable} />))
}

const addTile = () => screen.queryByLabelText('添加照片')

beforeEach(() => {
  resetTaroMock()
  call.mockReset()
  upload.mockReset()
  choose.mockReset()
  answerActions()
})

describe('EvidencePhotos', () => {
  test('shows each photo as a thumbnail, the count out of 9 and the add tile', async () => {
    await show(ids(3))
    expect(screen.getByText('3/9')).toBeTruthy()
    expect(document.querySelectorAll('img')).toHaveLength(3)
    expect(document.querySelector('img')?.getAttribute('src')).toBe(`https://files.test/${ids(3)[0]}`)
    expect(addTile()).toBeTruthy()
  })

  test('hides the add tile once the item has 9 photos', async () => {
    await show(ids(9))
    expect(screen.getByText('9/9')).toBeTruthy()
    expect(addTile()).toBeNull()
  })

  test('offers neither add nor delete when the form is not editable', async () => {
    await show(ids(2), false)
    expect(addTile()).toBeNull()
    expect(screen.queryByLabelText('删除照片')).toBeNull()
  })

  test('shows the upload progress, then registers the photo under the item', async () => {
    choose.mockResolvedValue(['/tmp/camera.jpg'])
    let finish: (fileId: string) => void = () => undefined
    upload.mockImplementation((_path, _cloudPath, onProgress) => {
      onProgress?.(40)
      return new Promise((resolve) => (finish = resolve))
    })
    await show(ids(1))
    await act(async () => fireEvent.click(addTile() as HTMLElement))
    expect(screen.getByText('上传中 40%')).toBeTruthy()
    expect(screen.getByText('2/9')).toBeTruthy()
    expect(upload).toHaveBeenCalledWith('/tmp/camera.jpg#compressed', `evidence/soc-1/2022/${ITEM}/photo-1.jpg`, expect.any(Function), undefined)

    await act(async () => finish(`local:evidence/soc-1/2022/${ITEM}/photo-1.jpg`))
    expect(call).toHaveBeenCalledWith('submission.addPhoto', { year: 2022, itemId: ITEM, fileId: `local:evidence/soc-1/2022/${ITEM}/photo-1.jpg` })
    expect(screen.queryByText(/上传中/)).toBeNull()
    expect(document.querySelectorAll('img')).toHaveLength(2)
  })

  test('keeps a failed upload with its local image and 重试, and a retry succeeds', async () => {
    choose.mockResolvedValue(['/tmp/album.jpg'])
    upload.mockRejectedValueOnce(new NetworkError('照片上传失败，请重试')).mockResolvedValueOnce('local:evidence/soc-1/2022/B1.1/photo-1.jpg')
    await show([])
    await act(async () => fireEvent.click(addTile() as HTMLElement))

    expect(screen.getByText('上传失败')).toBeTruthy()
    expect(document.querySelector('img')?.getAttribute('src')).toBe('/tmp/album.jpg#compressed')
    expect(screen.getByText('1/9')).toBeTruthy()

    await act(async () => fireEvent.click(screen.getByText('重试')))
    await waitFor(() => expect(screen.queryByText('上传失败')).toBeNull())
    expect(upload).toHaveBeenCalledTimes(2)
    expect(stored).toEqual(['local:evidence/soc-1/2022/B1.1/photo-1.jpg'])
    expect(screen.queryByText('重试')).toBeNull()
    expect(screen.getByText('1/9')).toBeTruthy()
  })

  test('a photo the server refuses says why beneath the grid and offers no retry, only discarding', async () => {
    choose.mockResolvedValue(['/tmp/album.jpg'])
    upload.mockResolvedValue('local:evidence/soc-1/2022/B1.1/photo-1.jpg')
    await show([])
    const why = '“photo-1.jpg”有 20000 × 20000 像素，超过 5000 万像素的上限，未保存'
    call.mockImplementationOnce(async () => {
      throw new ActionError('PAYLOAD_TOO_LARGE', why)
    })
    await act(async () => fireEvent.click(addTile() as HTMLElement))
    expect(screen.getByText('未保存')).toBeTruthy()
    expect(screen.getByText(why)).toBeTruthy()
    expect(screen.queryByText('重试')).toBeNull()
    await act(async () => fireEvent.click(screen.getByLabelText('放弃这张照片')))
    expect(screen.queryByText(why)).toBeNull()
    expect(screen.getByText('0/9')).toBeTruthy()
  })

  test('a retry after a failed registration does not upload the photo again', async () => {
    choose.mockResolvedValue(['/tmp/album.jpg'])
    upload.mockResolvedValue('local:evidence/soc-1/2022/B1.1/photo-1.jpg')
    await show([])
    call.mockImplementationOnce(async () => {
      throw new NetworkError()
    })
    await act(async () => fireEvent.click(addTile() as HTMLElement))
    expect(screen.getByText('重试')).toBeTruthy()

    await act(async () => fireEvent.click(screen.getByText('重试')))
    expect(upload).toHaveBeenCalledTimes(1)
    expect(stored).toEqual(['local:evidence/soc-1/2022/B1.1/photo-1.jpg'])
  })

  test('deletes a photo after the user confirms', async () => {
    await show(ids(2))
    await act(async () => fireEvent.click(screen.getAllByLabelText('删除照片')[0] as HTMLElement))
    expect(call).toHaveBeenCalledWith('submission.removePhoto', { year: 2022, itemId: ITEM, fileId: ids(2)[0] })
    expect(screen.getByText('1/9')).toBeTruthy()
  })

  test('a file that is not a photo (fake.jpg holding text) is refused with a message, not left as a tile to retry', async () => {
    const modal = jest.spyOn(Taro, 'showModal')
    choose.mockResolvedValue(['blob:fake.jpg'])
    compress.mockRejectedValueOnce(new Error('无法读取这张照片'))
    await show([])
    await act(async () => fireEvent.click(addTile() as HTMLElement))
    await waitFor(() => expect(modal).toHaveBeenCalled())
    expect(modal.mock.calls[0]![0]).toMatchObject({ title: '无法读取所选照片', content: expect.stringContaining('不是照片') })
    expect(upload).not.toHaveBeenCalled()
    expect(screen.queryByText('重试')).toBeNull()
    expect(screen.getByText('0/9')).toBeTruthy()
  })
})

describe('EvidencePhotos while a 复核 request is composed', () => {
  test('marks the files added for the 复核 and offers to remove only the files `removable` names', async () => {
    const [reviewed, added] = ids(2)
    stored = [reviewed!, added!]
    const files = { [added!]: { kind: 'photo' as const, mime: 'image/jpeg', name: 'a.jpg', size: 1000, forRecheck: true } }
    await act(
      async () =>
        void render(
          <EvidencePhotos
            year={2022}
            societyId="soc-1"
            itemId={ITEM}
            fileIds={stored}
            files={files}
            editable
            removable={(id) => id === added}
            onChange={() => undefined}
          />,
        ),
    )
    expect(screen.getAllByText('复核补充')).toHaveLength(1)
    expect(screen.getAllByLabelText('删除照片')).toHaveLength(1)
    expect(addTile()).toBeTruthy()
  })
})
