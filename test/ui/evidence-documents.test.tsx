import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { previews, resetTaroMock, toasts } from './mocks/taro'
import { ActionError, type DuplicateUse, type EvidenceFileInfo, type SubmissionView } from '../../src/shared'
import { callAction, uploadEvidence } from '../../src/services/cloud'
import { checkChosenDocument, chooseDocuments, openDocument } from '../../src/features/documents'
import EvidencePhotos from '../../src/components/evidence-photos'
import { submissionView } from './support/submission-views'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
jest.mock('../../src/features/documents', () => ({
  ...jest.requireActual('../../src/features/documents/chosen'),
  chooseDocuments: jest.fn(),
  openDocument: jest.fn(async () => undefined),
}))
const call = callAction as jest.MockedFunction<typeof callAction>
const upload = uploadEvidence as jest.MockedFunction<typeof uploadEvidence>
const choose = chooseDocuments as jest.MockedFunction<typeof chooseDocuments>
const open = openDocument as jest.MockedFunction<typeof openDocument>

const ITEM = 'B1.1'
const at = (name: string) => `local:evidence/soc-1/2022/${ITEM}/${name}`
const PDF = at('d1.pdf')
const XLSX = at('d2.xlsx')
const PHOTO = at('p1.jpg')
const GONE = at('p2.jpg')
const files: Record<string, EvidenceFileInfo> = {
  [PDF]: { kind: 'document', mime: 'application/pdf', name: '2022年检结果.pdf', size: 1_258_291 },
  [XLSX]: { kind: 'document', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', name: '会员名册.xlsx', size: 40_960 },
}
const reuse: DuplicateUse = { fileId: at('x.jpg'), itemId: 'B3.1', submissionId: 's-2', societyName: '自治区农学会', sameSubmission: false, exact: true }

/** The server answers URLs for every file but GONE (storage no longer has it). */
function answer(view: SubmissionView = submissionView({}, {})) {
  call.mockImplementation((async (action: string, input: { fileIds?: string[] }) => {
    if (action === 'evidence.urls') return { urls: Object.fromEntries((input.fileIds ?? []).filter((id) => id !== GONE).map((id) => [id, `https://files.test/${id}`])) }
    return view
  }) as typeof callAction)
}

async function show(fileIds: string[], extra: { editable?: boolean; duplicates?: Record<string, DuplicateUse[]> } = {}) {
  const onChange = jest.fn()
  await act(async () => {
    render(
      <EvidencePhotos year={2022} societyId="soc-1" itemId={ITEM} fileIds={fileIds} editable={extra.editable ?? false} onChange={onChange} files={files} duplicates={extra.duplicates} />,
    )
  })
  return onChange
}

beforeEach(() => {
  resetTaroMock()
  call.mockReset()
  upload.mockReset()
  choose.mockReset()
  open.mockClear()
})

describe('documents and missing files in the evidence of an item', () => {
  it('shows each document as a chip with its name, type and size, and opens it on a tap', async () => {
    answer()
    await show([PDF, XLSX])
    expect(screen.getByText('2022年检结果.pdf')).toBeTruthy()
    expect(screen.getByText('PDF · 1.2 MB')).toBeTruthy()
    expect(screen.getByText('Excel · 40 KB')).toBeTruthy()
    await waitFor(() => expect(call).toHaveBeenCalledWith('evidence.urls', { fileIds: [PDF, XLSX] }))
    await act(async () => void fireEvent.click(screen.getByText('2022年检结果.pdf')))
    expect(open).toHaveBeenCalledWith(`https://files.test/${PDF}`, '2022年检结果.pdf')
  })

  it('shows a photo storage no longer has as missing, not as a broken image', async () => {
    answer()
    await show([PHOTO, GONE])
    await waitFor(() => expect(screen.getByText('照片已丢失')).toBeTruthy())
    expect(screen.getAllByRole('img')).toHaveLength(1)
  })

  it('flags a photo also used by another society, with a tap to see it', async () => {
    answer()
    await show([PHOTO], { duplicates: { [PHOTO]: [reuse] } })
    expect(screen.getByText('第1张：同一张照片也用于 自治区农学会 B3.1')).toBeTruthy()
    expect(screen.getByText('查看自治区农学会 B3.1')).toBeTruthy()
  })

  it('says 本项内重复 for a photo added twice to this item, with a tap to compare the two, not a link to this page', async () => {
    answer()
    const twin: DuplicateUse = { fileId: GONE, itemId: ITEM, submissionId: 's-1', societyName: '', sameSubmission: true, exact: true }
    await show([GONE, PHOTO], { duplicates: { [PHOTO]: [twin, reuse] } })
    expect(screen.getByText('第2张：本项内重复（与第1张相同）；同一张照片也用于 自治区农学会 B3.1')).toBeTruthy()
    expect(screen.getByText('对比第1张')).toBeTruthy()
    expect(screen.queryByText(/B1\.1（本表）/)).toBeNull()
  })

  it('gives one link per other place, however many of its photos match, and opens them together', async () => {
    answer()
    const inB63 = ['q1', 'q2', 'q3', 'q4'].map((name): DuplicateUse => ({ fileId: `local:evidence/soc-1/2022/B6.3/${name}.jpg`, itemId: 'B6.3', submissionId: 's-1', societyName: '', sameSubmission: true, exact: false }))
    await show([PHOTO], { duplicates: { [PHOTO]: [...inB63, reuse] } })
    expect(screen.getByText('第1张：同一张照片也用于 B6.3（本表，4张）、自治区农学会 B3.1')).toBeTruthy()
    expect(screen.getAllByText('查看B6.3（本表）')).toHaveLength(1)
    await act(async () => void fireEvent.click(screen.getByText('查看B6.3（本表）')))
    await waitFor(() => expect(previews).toHaveLength(1))
    expect(previews[0]!.urls).toEqual([PHOTO, ...inB63.map((use) => use.fileId)].map((id) => `https://files.test/${id}`))
    expect(previews[0]!.current).toBe(`https://files.test/${inB63[0]!.fileId}`)
  })

  it('names the limit without contradicting itself: a file of 20.0 MB and a bit is over 20 MB', async () => {
    expect(checkChosenDocument({ path: 'blob:x', name: 'big.pdf', size: 20 * 1024 * 1024 + 1 })).toEqual({
      ok: false,
      message: '“big.pdf”超过 20 MB（20.01 MB），请压缩或拆分后再上传',
    })
    expect(checkChosenDocument({ path: 'blob:x', name: 'big.pdf', size: 21 * 1024 * 1024 })).toMatchObject({ message: '“big.pdf”超过 20 MB（21.0 MB），请压缩或拆分后再上传' })
  })

  it('refuses, before uploading, a document of another type or over 20 MB, naming it', async () => {
    answer()
    choose.mockResolvedValue([
      { path: 'blob:1', name: '照片.zip', size: 100 },
      { path: 'blob:2', name: '大文件.pdf', size: 21 * 1024 * 1024 },
    ])
    await show([], { editable: true })
    await act(async () => void fireEvent.click(screen.getByLabelText('添加文件')))
    expect(upload).not.toHaveBeenCalled()
    expect(screen.queryByText('大文件.pdf')).toBeNull()
  })

  it('uploads a chosen document as it is and registers it with its name', async () => {
    answer(submissionView({}, { evidence: { [ITEM]: [PDF] }, files }))
    upload.mockResolvedValue(PDF)
    choose.mockResolvedValue([{ path: 'blob:3', name: '2022年检结果.pdf', size: 1_258_291 }])
    const onChange = await show([], { editable: true })
    await act(async () => void fireEvent.click(screen.getByLabelText('添加文件')))
    await waitFor(() => expect(onChange).toHaveBeenCalled())
    expect(upload.mock.calls[0]![0]).toBe('blob:3')
    expect(upload.mock.calls[0]![1]).toMatch(/^evidence\/soc-1\/2022\/B1\.1\/[A-Za-z0-9_-]+\.pdf$/)
    expect(call).toHaveBeenCalledWith('submission.addPhoto', { year: 2022, itemId: ITEM, fileId: PDF, name: '2022年检结果.pdf' })
    expect(toasts).toEqual([])
  })

  it('names the chosen file to the upload, and shows a refusal on the chip in place of 重试', async () => {
    answer()
    const why = '“报表.xlsx”中的“[Content_Types].xml”解压后超过 50 MB，可能是压缩炸弹，未保存'
    upload.mockRejectedValue(new ActionError('PAYLOAD_TOO_LARGE', why))
    choose.mockResolvedValue([{ path: 'blob:4', name: '报表.xlsx', size: 600_000 }])
    await show([], { editable: true })
    await act(async () => void fireEvent.click(screen.getByLabelText('添加文件')))
    await waitFor(() => expect(screen.getByText(why)).toBeTruthy())
    expect(upload.mock.calls[0]![3]).toBe('报表.xlsx')
    expect(screen.queryByText('重试')).toBeNull()
    expect(screen.getByLabelText('放弃文件 报表.xlsx')).toBeTruthy()
    expect(toasts).toEqual([])
  })
})
