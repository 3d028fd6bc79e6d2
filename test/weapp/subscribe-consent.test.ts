/**
 * Subscribe consent in the compiled mini-program: WeChat shows its prompt only when requestSubscribeMessage is
 * called inside a tap's handler, and one consent allows one message. The filler asks for a deadline reminder,
 * submits (consent accepted), the reviewer returns the form, the filler resubmits (consent refused): each time the
 * request goes out first in the tap, with the configured template, and the form is submitted either way. Its own test file: the app runtime
 * (drafts in memory) belongs to this one filler.
 */
import { fullPatch } from '../emulator/fill-in'
import { TEST_TEMPLATE_ID } from './support/build'
import { mustCall } from './support/emulator-client'
import { admin, newFiller, reviewer, YEAR, type Person } from './support/people'
import { openMiniProgram } from './support/simulator'
import { callsSince, until } from './support/wait'

let phone = openMiniProgram()
const wx = phone.wx
const { since, actionsSince } = callsSince(wx)
let filler: Person
let submissionId = ''

const status = async () => (await mustCall<{ status: string; id: string }>(filler.cookie, 'submission.get', { year: YEAR })).status

beforeAll(async () => {
  filler = await newFiller('consent')
  const draft = await mustCall<{ version: number; id: string }>(filler.cookie, 'submission.get', { year: YEAR })
  submissionId = draft.id
  await mustCall(filler.cookie, 'submission.saveAnswers', { year: YEAR, baseVersion: draft.version, patch: fullPatch() })
  // A deadline for this society alone (an extension), so that home shows the deadline notice to this filler only.
  const societyId = (await mustCall<{ society: { id: string } }>(filler.cookie, 'account.whoami', {})).society.id
  await mustCall((await admin()).cookie, 'admin.updateYear', { year: YEAR, extensions: { [societyId]: '2099-06-30' } })
  wx.cookie = filler.cookie
})

it("asks from the deadline notice's 截止前提醒我 tap, and says what the answer means", async () => {
  const home = await phone.open('pages/home/index')
  await home.waitForText('截止前提醒我')
  wx.answers.requestSubscribeMessage = () => ({ errMsg: 'requestSubscribeMessage:ok', [TEST_TEMPLATE_ID]: 'accept' })
  const mark = wx.calls.length
  await home.tap('截止前提醒我')
  await home.waitForText('已订阅：催报时会收到一次微信提醒')
  expect(since(mark, 'requestSubscribeMessage')).toMatchObject([{ inTap: true, args: { tmplIds: [TEST_TEMPLATE_ID] } }])
  await home.idle()
  expect(home.problems).toEqual([])
  home.close()
})

async function submitWith(consent: 'accept' | 'reject', button: string): Promise<void> {
  const page = await phone.open('filler/submit/index', { year: String(YEAR) })
  await page.waitForText(button)
  wx.answers.requestSubscribeMessage = () => ({ errMsg: 'requestSubscribeMessage:ok', [TEST_TEMPLATE_ID]: consent })
  const mark = wx.calls.length
  await page.tap(button)
  await page.waitForText('确认提交')
  await page.tap('确认提交')
  await until('the submit', () => actionsSince(mark).includes('submission.submit') && wx.pending === 0, page)
  await page.waitForText('已提交')
  const asked = since(mark, 'requestSubscribeMessage')
  expect(asked).toHaveLength(1)
  expect(asked[0]!.inTap).toBe(true)
  expect(asked[0]!.args).toMatchObject({ tmplIds: [TEST_TEMPLATE_ID] })
  // First of all the tap does: once the tap's turn is over WeChat refuses to show the prompt.
  expect(since(mark)[0]!.api).toBe('requestSubscribeMessage')
  expect(await status()).toBe('submitted')
  expect(page.problems).toEqual([])
  page.close()
}

it('asks with the configured template inside the submit tap, and submits when the filler accepts', () => submitWith('accept', '提交自评表'))

it('asks again on the resubmit tap after a return, and resubmits when the filler refuses', async () => {
  await mustCall((await reviewer()).cookie, 'review.return', { submissionId, overall: '请补充B1.1的换届材料', items: {} })
  expect(await status()).toBe('returned')
  // The filler opens the app again later (a cold start): home reads the returned form.
  phone = phone.restart()
  const home = await phone.open('pages/home/index')
  await home.waitForText('退回修改')
  home.close()
  await submitWith('reject', '重新提交')
})

it('never asks outside a tap', () => {
  expect(wx.callsTo('requestSubscribeMessage')).toHaveLength(3)
  expect(wx.callsTo('requestSubscribeMessage').filter((call) => !call.inTap)).toEqual([])
})
