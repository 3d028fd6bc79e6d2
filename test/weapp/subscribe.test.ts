/**
 * Subscribe consent in the compiled mini-program, counted by the server: 截止前提醒我 and the submit and resubmit
 * taps ask WeChat (inside the tap) for the configured template and report the answer; each acceptance is one
 * credit, which the next message uses; 填报进度 shows what each society holds; a message without a credit is
 * not sent (the inbox still has it).
 */
import { NO_SUBSCRIBE_CREDIT } from '../../src/shared'
import { TEST_TEMPLATE_ID } from './support/build'
import { mustCall } from './support/emulator-client'
import { YEAR, admin, newFiller, type Person } from './support/people'
import { openMiniProgram, type RenderedPage } from './support/simulator'
import { consentsReported, subscribeAnswer } from './support/subscribe'

const phone = openMiniProgram()
const wx = phone.wx

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** The society's 微信提醒 on the admin's 填报进度, as rendered in the mini-program. */
async function creditsShown(societyName: string): Promise<string> {
  wx.cookie = (await admin()).cookie
  const page = await phone.open('admin/pages/progress/index')
  try {
    await page.waitForText(societyName)
    return new RegExp(`${societyName}.*?微信提醒：(持有提醒次数 \\d+|仅站内消息)`).exec(page.text())?.[1] ?? 'not shown'
  } finally {
    page.close()
  }
}

async function openAs(person: Person, route: string, query?: Record<string, string>): Promise<RenderedPage> {
  wx.cookie = person.cookie
  return phone.open(route, query)
}

describe('截止前提醒我 on the home page', () => {
  let filler: Person & { societyName: string }
  beforeAll(async () => {
    filler = await newFiller('notice')
    const adminCookie = (await admin()).cookie
    const { societies } = await mustCall<{ societies: { id: string; name: string }[] }>(adminCookie, 'admin.listSocieties', {})
    const id = societies.find((s) => s.name === filler.societyName)!.id
    // A deadline of its own (an extension), so that the notice shows for this society only.
    await mustCall(adminCookie, 'admin.updateYear', { year: YEAR, extensions: { [id]: inDays(20) } })
  })

  it('an acceptance, asked inside the tap for the configured template, is one credit the admin sees', async () => {
    wx.answers.requestSubscribeMessage = subscribeAnswer('accept')
    const page = await openAs(filler, 'pages/home/index')
    try {
      await page.waitForText('截止前提醒我')
      const mark = wx.calls.length
      await page.tap('截止前提醒我')
      await page.waitForText('已订阅：催报时会收到一次微信提醒')
      const asked = wx.calls.slice(mark).filter((c) => c.api === 'requestSubscribeMessage')
      expect(asked).toEqual([expect.objectContaining({ inTap: true, args: expect.objectContaining({ tmplIds: [TEST_TEMPLATE_ID] }) })])
      expect(consentsReported(wx, mark)).toEqual([{ templateId: TEST_TEMPLATE_ID, accepted: true }])
      expect(page.problems).toEqual([])
    } finally {
      page.close()
    }
    expect(await creditsShown(filler.societyName)).toBe('持有提醒次数 1')
  })

  it('a refusal is reported and changes nothing', async () => {
    wx.answers.requestSubscribeMessage = subscribeAnswer('reject')
    const page = await openAs(filler, 'pages/home/index')
    try {
      const mark = wx.calls.length
      await page.tap('截止前提醒我')
      await page.waitForText('未订阅微信提醒，催报仍会出现在“消息”中')
      expect(consentsReported(wx, mark)).toEqual([{ templateId: TEST_TEMPLATE_ID, accepted: false }])
    } finally {
      page.close()
    }
    expect(await creditsShown(filler.societyName)).toBe('持有提醒次数 1')
  })

  it('a 催报 from 填报进度 sends the one message the credit allows; the next goes to the inbox only', async () => {
    const adminCookie = (await admin()).cookie
    const { societies } = await mustCall<{ societies: { id: string; name: string }[] }>(adminCookie, 'admin.listSocieties', {})
    const societyIds = [societies.find((s) => s.name === filler.societyName)!.id]
    const first = await mustCall<{ results: { deliveries: { delivery: string; error: string | null }[] }[] }>(adminCookie, 'admin.remind', { year: YEAR, societyIds })
    expect(first.results[0]!.deliveries).toEqual([expect.objectContaining({ delivery: 'sent', error: null })])
    expect(await creditsShown(filler.societyName)).toBe('仅站内消息')
    const second = await mustCall<typeof first>(adminCookie, 'admin.remind', { year: YEAR, societyIds })
    expect(second.results[0]!.deliveries).toEqual([expect.objectContaining({ delivery: 'refused', error: NO_SUBSCRIBE_CREDIT })])
    const inbox = await mustCall<{ rows: { kind: string }[] }>(filler.cookie, 'notifications.list', {})
    expect(inbox.rows.map((n) => n.kind)).toEqual(['reminder', 'reminder'])
  })
})
