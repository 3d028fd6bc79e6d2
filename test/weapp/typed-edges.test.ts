/**
 * The compiled mini-program, as the H5 walk in test/e2e/typed-edges.test.ts: the bind form names a code pasted
 * with too much and a 12-digit phone and sends nothing, and sends a phone typed with dashes as its 11 digits; a
 * reviewer's link to a submission that does not exist offers 返回审核列表 (a redirect to the list), not a 重试
 * that cannot help; a filler's link to an item the form does not have offers the list of items.
 */
import { YEAR, newFiller, newOpenid, reviewer } from './support/people'
import { openMiniProgram } from './support/simulator'
import { callsSince } from './support/wait'

const phone = openMiniProgram()
const { since, actionsSince, callOf, inputOf } = callsSince(phone.wx)

it('绑定 names a pasted code beyond 32 characters and a 12-digit phone, and sends nothing', async () => {
  await phone.as(newOpenid('typed-edges'))
  const bind = await phone.open('filler/bind/index')
  await bind.waitForText('绑定所在学会')
  await bind.type(0, `ABCD1234 ${'X'.repeat(40)}`)
  await bind.type(1, '钱多多')
  await bind.type(2, '138001380001')
  await bind.waitForText('绑定码不能超过32字')
  await bind.waitForText('手机号应为11位中国大陆手机号')
  const mark = phone.wx.calls.length
  await bind.tap('绑定')
  expect(actionsSince(mark)).not.toContain('account.bind')

  // The phone field is WeChat's number pad, not NutUI's number box (which kept "138" of "138-0013-8000").
  await bind.type(0, 'ABCD1234')
  await bind.type(2, '138-0013-8000')
  await bind.idle()
  expect(bind.text()).not.toContain('手机号应为11位')
  const sent = phone.wx.calls.length
  await bind.tap('绑定')
  expect(inputOf(callOf(sent, 'account.bind'))).toEqual({ bindingCode: 'ABCD1234', name: '钱多多', phone: '13800138000' })
  await bind.waitForText('绑定码')
  bind.close()
})

it('审核 of a submission that does not exist offers 返回审核列表, which redirects to the list', async () => {
  phone.wx.cookie = (await reviewer()).cookie
  const detail = await phone.open('reviewer/pages/detail/index', { id: 'no-such-submission' })
  await detail.waitForText('没有找到该填报记录')
  expect(detail.text()).toContain('返回审核列表')
  expect(detail.text()).not.toContain('重试')
  const mark = phone.wx.calls.length
  await detail.tap('返回审核列表')
  expect(since(mark, 'redirectTo').map((call) => call.args.url)).toEqual(['/reviewer/pages/list/index'])
  expect(detail.problems).toEqual([])
  detail.close()
})

it('an item link the form does not have says so and offers 查看全部指标, which redirects to the items', async () => {
  phone.wx.cookie = (await newFiller('missing-item')).cookie
  const item = await phone.open('filler/item/index', { id: 'B99.9', year: String(YEAR) })
  await item.waitForText(`${YEAR}年度的自评表中没有指标“B99.9”`)
  expect(item.text()).toContain('没有这个指标')
  const mark = phone.wx.calls.length
  await item.tap('查看全部指标')
  expect(since(mark, 'redirectTo').map((call) => call.args.url)).toEqual([`/filler/sections/index?year=${YEAR}`])
  expect(item.problems).toEqual([])
  item.close()
})
