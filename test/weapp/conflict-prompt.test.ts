/**
 * Two phones change the same item: the compiled home page asks which to keep with WeChat's own modal
 * (wx.showModal; NutUI's Dialog is no longer in the main package), and the choice is what the server keeps.
 */
import { mustCall } from './support/emulator-client'
import { newFiller, YEAR, type Person } from './support/people'
import { openMiniProgram } from './support/simulator'
import { callsSince, until } from './support/wait'

const phone = openMiniProgram()
const wx = phone.wx
const { since } = callsSince(wx)
const stored = (who: Person) => mustCall<{ answers: Record<string, unknown>; version: number }>(who.cookie, 'submission.get', { year: YEAR })

afterEach(() => {
  wx.setOnline(true)
  for (const key of Object.keys(wx.answers)) delete wx.answers[key]
})

it('asks on home with both answers in words; 另一台的 keeps the other phone’s answer on the server', async () => {
  const filler = await newFiller('conflict')
  wx.cookie = filler.cookie
  const item = await phone.open('filler/item/index', { id: 'B2.1', year: String(YEAR) })
  await item.waitForText('完成年检并合格')
  await item.tap('完成年检并合格')
  await until('the first save', async () => (await stored(filler)).answers['B2.1'] !== undefined, item)
  await item.waitForText('已保存')
  const { version } = await stored(filler)

  // This phone, offline, picks 基本合格 on the old version; the other phone saves 不合格 meanwhile.
  wx.setOnline(false)
  await item.tap('基本合格')
  await item.waitForText('离线，已存本机')
  item.close()
  await mustCall(filler.cookie, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: { 'B2.1': { tier: 'fail' } } })

  wx.answers.showModal = () => ({ errMsg: 'showModal:ok', confirm: false, cancel: true })
  const mark = wx.calls.length
  wx.setOnline(true)
  const home = await phone.open('pages/home/index')
  await until('the conflict prompt', () => since(mark, 'showModal').length > 0 && wx.pending === 0, home)
  const prompt = since(mark, 'showModal')
  expect(prompt).toHaveLength(1)
  expect(prompt[0]!.args).toMatchObject({ title: '两台设备改了同一项', confirmText: '保留本机', cancelText: '另一台的' })
  expect(String(prompt[0]!.args.content).split('\n')).toEqual([
    'B2.1 是否完成当年年检及年检结果',
    '本机的内容：',
    '基本合格（3分）',
    '另一台设备的内容：',
    '不合格或没有完成年检（0分）',
  ])
  await home.idle()
  expect((await stored(filler)).answers['B2.1']).toEqual({ tier: 'fail' })
  home.close()
})
