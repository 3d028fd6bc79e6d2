/**
 * The admin copying an invitation code in the compiled mini-program before agreeing to the 隐私保护指引: the
 * app's popup shows on the 人员与邀请 page; 不同意 leaves the code on screen and says how to copy it later.
 */
import { admin } from './support/people'
import { WeChatPrivacy, simulatedWx } from './support/privacy'
import { openMiniProgram } from './support/simulator'

const privacy = new WeChatPrivacy()
const simulated = simulatedWx()
privacy.installOn(simulated)
const phone = openMiniProgram()
privacy.gate(simulated)

it('a refused clipboard leaves the invitation code shown, with what to do next; agreeing copies it', async () => {
  phone.wx.cookie = (await admin()).cookie
  const page = await phone.open('admin/pages/people/index')
  try {
    await page.tap('生成邀请码')
    await page.waitForText('邀请码（只显示这一次）')
    await page.tap('复制邀请码')
    await page.waitForText('隐私保护提示')
    await page.tap('不同意')
    await page.waitForText('未同意隐私保护指引，无法复制邀请码。需要时再点“复制邀请码”')
    expect(page.text()).not.toContain('隐私保护提示')
    expect(privacy.held).toEqual(['setClipboardData'])

    await page.tap('复制邀请码')
    await page.waitForText('隐私保护提示')
    await privacy.tapAgree(page, '同意并继续')
    const copies = phone.wx.callsTo('setClipboardData')
    expect(copies).toHaveLength(1)
    expect(String(copies[0]!.args.data)).toMatch(/^[A-Z0-9-]{6,}$/)
    expect(page.problems).toEqual([])
  } finally {
    page.close()
  }
})
