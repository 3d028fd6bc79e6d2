import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { resetTaroMock, toasts } from './mocks/taro'
import { callAction } from '../../src/services/cloud'
import { choosePhotos } from '../../src/features/photos'
import { chooseDocuments } from '../../src/features/documents'
import EvidencePhotos from '../../src/components/evidence-photos'
import { InviteBox } from '../../src/admin/pages/people/invite-box'
import { openReport } from '../../src/features/reports/open-report'
import { pickImportFile } from '../../src/admin/services/pick-import-file'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
jest.mock('../../src/features/photos', () => ({ choosePhotos: jest.fn(), compressPhoto: jest.fn(), photoFileName: () => 'p.jpg' }))
jest.mock('../../src/features/documents', () => ({
  ...jest.requireActual('../../src/features/documents/chosen'),
  chooseDocuments: jest.fn(),
  openDocument: jest.fn(),
}))
const call = callAction as jest.MockedFunction<typeof callAction>
const choosePhoto = choosePhotos as jest.MockedFunction<typeof choosePhotos>
const chooseDocument = chooseDocuments as jest.MockedFunction<typeof chooseDocuments>

/** What WeChat answers a privacy API once the user refused the app's popup. */
const refused = (api: string) => ({ errMsg: `${api}:fail privacy permission is not authorized`, errno: 104 })

type WxApis = { setClipboardData(o: unknown): Promise<unknown>; chooseMessageFile(o: unknown): Promise<unknown> }
const wx = Taro as unknown as WxApis & { showModal: typeof Taro.showModal }
let modal: jest.SpyInstance

beforeEach(() => {
  resetTaroMock()
  call.mockReset()
  call.mockImplementation((async () => ({ urls: {} })) as unknown as typeof callAction)
  modal = jest.spyOn(wx, 'showModal')
  wx.setClipboardData = jest.fn()
  wx.chooseMessageFile = jest.fn()
})
afterEach(() => modal.mockRestore())

async function showEvidence() {
  await act(async () => void render(<EvidencePhotos year={2022} societyId="soc-1" itemId="B1.1" fileIds={[]} editable onChange={() => undefined} />))
}

describe('a refused privacy guide says what to do next and leaves the page usable', () => {
  test('photos: a modal names the way back; the add tile stays', async () => {
    choosePhoto.mockRejectedValue(refused('chooseMedia'))
    await showEvidence()
    await act(async () => fireEvent.click(screen.getByLabelText('添加照片')))
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '未同意隐私保护指引', showCancel: false }))
    const { content } = modal.mock.calls[0][0] as { content: string }
    expect(content).toContain('无法拍照或从相册选择照片')
    expect(content).toContain('再点“拍照或相册”，在弹出的说明中点“同意”')
    expect(toasts).toEqual([])
    expect(screen.getByLabelText('添加照片')).toBeTruthy()
  })

  test('photos: any other failure keeps the short toast', async () => {
    choosePhoto.mockRejectedValue({ errMsg: 'chooseMedia:fail system error' })
    await showEvidence()
    await act(async () => fireEvent.click(screen.getByLabelText('添加照片')))
    expect(toasts).toEqual(['无法打开相机或相册'])
    expect(modal).not.toHaveBeenCalled()
  })

  test('documents: the modal names 添加文件', async () => {
    chooseDocument.mockRejectedValue(refused('chooseMessageFile'))
    await showEvidence()
    await act(async () => fireEvent.click(screen.getByLabelText('添加文件')))
    expect((modal.mock.calls[0][0] as { content: string }).content).toContain('无法从微信聊天选择文件。需要时再点“添加文件”')
    expect(screen.getByLabelText('添加文件')).toBeTruthy()
  })

  test('an invitation code: the refusal shows under the code, which stays on screen to copy by hand', async () => {
    call.mockResolvedValue({ code: 'ABCD-2345', invite: { id: 'i1', name: '', createdAt: '2023-01-01T00:00:00.000Z', expiresAt: '2023-01-08T00:00:00.000Z', usedBy: null, usedAt: null, status: 'unused' } } as never)
    ;(wx.setClipboardData as jest.Mock).mockRejectedValue(refused('setClipboardData'))
    render(<InviteBox onInvited={() => undefined} />)
    await act(async () => fireEvent.click(screen.getByText('生成邀请码')))
    await act(async () => fireEvent.click(screen.getByText('复制邀请码')))
    expect(wx.setClipboardData).toHaveBeenCalledWith({ data: 'ABCD-2345' })
    expect(screen.getByText(/未同意隐私保护指引，无法复制邀请码。需要时再点“复制邀请码”/)).toBeTruthy()
    expect(screen.getByText('ABCD-2345')).toBeTruthy()
  })

  test('an archive’s link: the report button is told why it could not copy', async () => {
    ;(wx.setClipboardData as jest.Mock).mockRejectedValue(refused('setClipboardData'))
    await expect(openReport({ fileName: 'evidence.zip', url: 'https://x/evidence.zip', summary: '' } as never)).rejects.toThrow(
      /未同意隐私保护指引，无法复制下载链接。需要时再点一次同一按钮/,
    )
  })

  test('an import file: the refusal is said; a cancelled picker is nothing', async () => {
    ;(wx.chooseMessageFile as jest.Mock).mockRejectedValueOnce(refused('chooseMessageFile'))
    await expect(pickImportFile()).rejects.toThrow(/无法从微信聊天选择名单文件。需要时再点“选择文件”/)
    ;(wx.chooseMessageFile as jest.Mock).mockRejectedValueOnce({ errMsg: 'chooseMessageFile:fail cancel' })
    await expect(pickImportFile()).resolves.toBeNull()
  })
})
