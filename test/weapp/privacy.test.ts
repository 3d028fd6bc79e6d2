/**
 * The app's own privacy popup in the compiled mini-program: registered with onNeedPrivacyAuthorization, shown
 * when WeChat holds a photo, document or clipboard call; 不同意 leaves the page usable and says what to do next;
 * 同意并继续 (open-type agreePrivacyAuthorization) lets the held call go on. Rendered by WeChat's wcc.
 */
import jpeg from 'jpeg-js'
import { newFiller, type Person } from './support/people'
import { WeChatPrivacy, simulatedWx } from './support/privacy'
import { openMiniProgram } from './support/simulator'

const privacy = new WeChatPrivacy()
const simulated = simulatedWx()
privacy.installOn(simulated)
const phone = openMiniProgram()
privacy.gate(simulated)
const wx = phone.wx

let filler: Person
beforeAll(async () => {
  filler = await newFiller('privacy')
})

const photo = () => {
  const width = 64
  const height = 48
  const data = Buffer.alloc(width * height * 4, 0x80)
  return wx.tempFile('camera.jpg', Buffer.from(jpeg.encode({ data, width, height }, 90).data))
}
const modalsSince = (mark: number) => wx.calls.slice(mark).filter((c) => c.api === 'showModal').map((c) => c.args)

it('registers its own listener at the first privacy use, so WeChat shows no popup of its own', async () => {
  wx.cookie = filler.cookie
  const page = await phone.open('filler/item/index', { id: 'B2.1', year: '2022' })
  try {
    await page.waitForText('拍照或相册')
    expect(typeof privacy.listener).toBe('function')
    expect(page.text()).not.toContain('隐私保护提示')
  } finally {
    page.close()
  }
})

it('不同意: the photo is not taken, the popup closes, a modal says how to agree later, the page stays usable', async () => {
  wx.cookie = filler.cookie
  const page = await phone.open('filler/item/index', { id: 'B2.1', year: '2022' })
  try {
    const mark = wx.calls.length
    await page.tap('拍照或相册')
    await page.waitForText('隐私保护提示')
    for (const text of ['相册和摄像头', '微信聊天中的文件', '剪贴板', '《隐私保护指引》', '不同意', '同意并继续']) expect(page.text()).toContain(text)
    await page.tap('《隐私保护指引》')
    expect(privacy.openedGuide).toBe(1)
    await page.tap('不同意')
    expect(privacy.held).toEqual(['chooseMedia'])
    expect(privacy.answers).toEqual([{ event: 'disagree' }])
    expect(page.text()).not.toContain('隐私保护提示')
    expect(modalsSince(mark)).toEqual([
      expect.objectContaining({ title: '未同意隐私保护指引', content: expect.stringContaining('需要时再点“拍照或相册”，在弹出的说明中点“同意”即可'), showCancel: false }),
    ])
    expect(wx.calls.slice(mark).filter((c) => c.api === 'cloud.uploadFile')).toEqual([])
    expect(page.text()).toContain('拍照或相册')
    expect(page.problems).toEqual([])
  } finally {
    page.close()
  }
})

it('同意并继续: resolves agree with its button’s id, and the held chooseMedia goes on to upload the photo', async () => {
  wx.cookie = filler.cookie
  wx.answers.chooseMedia = () => ({ type: 'image', tempFiles: [{ tempFilePath: photo(), size: 1000, fileType: 'image' }] })
  const page = await phone.open('filler/item/index', { id: 'B2.1', year: '2022' })
  try {
    const mark = wx.calls.length
    await page.tap('拍照或相册')
    await page.waitForText('隐私保护提示')
    const agree = await privacy.tapAgree(page, '同意并继续')
    expect(agree).toEqual({ id: 'privacy-agree', openType: 'agreePrivacyAuthorization' })
    expect(privacy.answers.at(-1)).toEqual({ event: 'agree', buttonId: 'privacy-agree' })
    expect(privacy.agreed).toBe(true)
    await page.idle()
    expect(page.text()).not.toContain('隐私保护提示')
    const actions = wx.calls.slice(mark).filter((c) => c.api === 'cloud.callFunction').map((c) => (c.args.data as { action: string }).action)
    expect(actions).toContain('submission.addPhoto')
    expect(page.problems).toEqual([])
  } finally {
    page.close()
    delete wx.answers.chooseMedia
  }
})
