/**
 * The compiled mini-program, as the H5 walk in test/e2e/society-deactivated.test.ts: a deactivated society's item
 * page and home say why the form can only be read, and a tap on an answer sends nothing.
 */
import { YEAR, admin, newFiller } from './support/people'
import { mustCall } from './support/emulator-client'
import { openMiniProgram } from './support/simulator'
import { callsSince } from './support/wait'

const phone = openMiniProgram()
const { actionsSince } = callsSince(phone.wx)
const REASON = '本学会已停用（如有疑问请联系管理员），内容只能查看不能修改'

it('a deactivated society: item and home say why, and an answer tapped is not sent', async () => {
  const filler = await newFiller('deactivated')
  phone.wx.cookie = filler.cookie
  const { societyId } = await mustCall<{ societyId: string }>(filler.cookie, 'submission.get', { year: YEAR })
  await mustCall((await admin()).cookie, 'admin.updateSociety', { societyId, active: false })

  const item = await phone.open('filler/item/index', { id: 'B2.1', year: String(YEAR) })
  await item.waitForText(REASON)
  const mark = phone.wx.calls.length
  await item.tap('完成年检并合格')
  await item.idle()
  await new Promise((resolve) => setTimeout(resolve, 1200))
  expect(actionsSince(mark)).not.toContain('submission.saveAnswers')
  expect(item.problems).toEqual([])
  item.close()

  const home = await phone.open('pages/home/index')
  await home.waitForText(REASON)
  expect(home.text()).toContain('查看已填写的内容')
  expect(home.problems).toEqual([])
  home.close()
})
