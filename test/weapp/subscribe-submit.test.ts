/**
 * Subscribe consent on the submit tap of the compiled mini-program (a phone of its own: the app keeps one
 * filler's form in memory): the tap asks WeChat inside the tap and reports the answer; the review's message goes
 * out on the consent given, a later one only to the inbox. (重新提交 is the same button and handler.)
 */
import { NO_SUBSCRIBE_CREDIT } from '../../src/shared'
import { fullPatch } from '../emulator/fill-in'
import { TEST_TEMPLATE_ID } from './support/build'
import { mustCall } from './support/emulator-client'
import { YEAR, newFiller, reviewer } from './support/people'
import { openMiniProgram } from './support/simulator'
import { consentsReported, subscribeAnswer } from './support/subscribe'

const phone = openMiniProgram()
const wx = phone.wx

describe('提交自评表', () => {
  it('asks inside the tap and reports the acceptance; the one message it allows goes out, the next to the inbox only', async () => {
    const filler = await newFiller('submit')
    const draft = await mustCall<{ version: number }>(filler.cookie, 'submission.get', { year: YEAR })
    await mustCall(filler.cookie, 'submission.saveAnswers', { year: YEAR, baseVersion: draft.version, patch: fullPatch() })

    wx.answers.requestSubscribeMessage = subscribeAnswer('accept')
    wx.cookie = filler.cookie
    const page = await phone.open('filler/submit/index', { year: String(YEAR) })
    const mark = wx.calls.length
    try {
      await page.tap('提交自评表')
      await page.waitForText('确认提交')
      await page.tap('确认提交')
      await page.waitForText('已提交')
      expect(wx.calls.slice(mark).find((c) => c.api === 'requestSubscribeMessage')?.inTap).toBe(true)
      expect(consentsReported(wx, mark)).toEqual([{ templateId: TEST_TEMPLATE_ID, accepted: true }])
    } finally {
      page.close()
    }

    const reviewerCookie = (await reviewer()).cookie
    const { id } = await mustCall<{ id: string }>(filler.cookie, 'submission.get', { year: YEAR })
    await mustCall(reviewerCookie, 'review.return', { submissionId: id, overall: '请补充换届材料', items: {} })
    const returned = await mustCall<{ rows: { kind: string; delivery: string }[] }>(filler.cookie, 'notifications.list', {})
    expect(returned.rows[0]).toMatchObject({ kind: 'returned', delivery: 'sent' })

    // The credit went with that message: the finalize's goes to the inbox only.
    await mustCall(filler.cookie, 'submission.submit', { year: YEAR })
    await mustCall(reviewerCookie, 'review.finalize', { submissionId: id })
    const result = await mustCall<{ rows: { kind: string; delivery: string; deliveryError: string | null }[] }>(filler.cookie, 'notifications.list', {})
    expect(result.rows[0]).toMatchObject({ kind: 'reviewed', delivery: 'refused', deliveryError: NO_SUBSCRIBE_CREDIT })
  })
})
