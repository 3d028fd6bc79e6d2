/**
 * Evidence that reads itself (issue 23), in the real H5 build with the emulator's real reader (tesseract.js):
 * a filler attaches a photo of a 2021 meeting record to the 2022 form and is told within a minute that its
 * date is 2021; the reviewer sees every photo's recognised text (long text folded), its dates, the flag, and
 * on B6.3 (每季度召开支部大会) the quarter without a record named; a photo whose file is gone reads as failed; the
 * dashboard lists B6.3 among the items with out-of-year evidence.
 * The photos are notices rendered by Chromium itself and taken as JPEGs. Screenshots: test-artifacts/evidence-reading/.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { getRubric, rubricItems } from '../../src/shared'
import { createTesseractReader } from '../../cloudfunctions/core/reading/tesseract-reader'
import { answersFor, bestAnswer } from '../shared/answer-builders'
import { mustCall, shown, waitForText } from './support/app'
import { phoneContext } from './support/browser'
import { fillerPhone } from './support/filler-phone'
import { itemPage } from './support/item-page'
import { attachByApi } from './support/photos'

const YEAR = 2022
const MINUTE = 60_000

const phone = fillerPhone('evidence-reading', 'dev-filler-1', { reader: createTesseractReader })
let societyId = ''

/** A phone-like photo of a notice: the text rendered by Chromium, taken as a JPEG. */
async function noticePhoto(title: string, paragraphs: string[]): Promise<Buffer> {
  const painter = await phone.browser.newPage({ viewport: { width: 900, height: 640 } })
  try {
    const body = paragraphs.map((p) => `<p>${p}</p>`).join('')
    await painter.setContent(
      `<body style="margin:0;padding:40px;background:#f4f1ea;font:30px/1.6 'Noto Sans CJK SC','Noto Sans SC',sans-serif;color:#222"><h2 style="text-align:center">${title}</h2>${body}</body>`,
    )
    return await painter.screenshot({ type: 'jpeg', quality: 80 })
  } finally {
    await painter.close()
  }
}

const meeting = (date: string, quarter: string) =>
  noticePhoto('支部大会会议记录', [`时间：${date}`, '地点：学会会议室', `议题：学习传达上级精神，总结${quarter}工作`])

beforeAll(async () => {
  societyId = (await mustCall(phone.context.request, 'account.whoami', {})).society.id
})

const openItem = async (itemId: string) => {
  await phone.page.goto(`/#/pages/item/index?id=${itemId}&year=${YEAR}`)
  return itemPage(phone.page, itemId)
}

test('a filler who attaches a 2021 meeting record to the 2022 form is told its date within a minute', async () => {
  const photo = await meeting('2021年3月15日', '第一季度')
  const view = await openItem('B6.3')
  const chooser = phone.page.waitForEvent('filechooser')
  await view.locator('.evidence-photos__add').tap()
  await (await chooser).setFiles({ name: 'IMG_2021.jpg', mimeType: 'image/jpeg', buffer: photo }, { timeout: 90_000 })
  const line = view.locator('.evidence-readings__line').first()
  await waitForText(line, /^第1张：/, 30_000)
  if ((await line.textContent())?.includes('正在识别')) await phone.shot(phone.page, 'filler-item-reading-pending')
  await waitForText(line, '第1张：这张照片上的日期是2021年，不在2022年度内', MINUTE)
  await phone.shot(phone.page, 'filler-item-flagged-2021')
})

test('the reviewer sees the text, the dates, the flag, the missing quarter of B6.3, a long text folded, and a failed reading', async () => {
  const request = phone.context.request
  await attachByApi(request, { societyId, year: YEAR, itemId: 'B6.3' }, 'q1.jpg', await meeting('2022年3月18日', '第一季度'))
  await attachByApi(request, { societyId, year: YEAR, itemId: 'B6.3' }, 'q2.jpg', await meeting('2022年6月20日', '第二季度'))
  await attachByApi(request, { societyId, year: YEAR, itemId: 'B6.3' }, 'q4.jpg', await meeting('2022年12月9日', '第四季度'))
  const long = Array.from({ length: 8 }, (_, i) => `第${i + 1}条：会员发展、学术交流、科普活动和组织建设工作按计划推进，形成书面材料存档备查。`)
  await attachByApi(request, { societyId, year: YEAR, itemId: 'B1.2' }, 'long.jpg', await noticePhoto('2022年度工作总结', ['2022年11月30日', ...long]))
  const gone = await attachByApi(request, { societyId, year: YEAR, itemId: 'B2.1' }, 'gone.jpg', await meeting('2022年5月6日', '第二季度'))
  rmSync(join(phone.emulator.dataDir, 'files', gone.replace(/^local:/, '')))
  const { version } = await mustCall(request, 'submission.get', { year: YEAR })
  await mustCall(request, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: answersFor(rubricItems(getRubric(YEAR)), bestAnswer) })
  const submissionId = (await mustCall(request, 'submission.submit', { year: YEAR })).id as string

  const reviewerContext = await phoneContext(phone.browser, phone.emulator.url)
  try {
    await reviewerContext.request.post('/api/dev/login', { data: { openid: 'dev-reviewer' } })
    // Every queued photo read within a minute of its registration (polling the reviewer's own view).
    const deadline = Date.now() + MINUTE
    let readings: Record<string, { status: string }> = {}
    while (Date.now() < deadline) {
      readings = (await mustCall(reviewerContext.request, 'review.get', { submissionId })).readings
      if (Object.values(readings).every((r) => r.status !== 'pending')) break
      await new Promise((done) => setTimeout(done, 1000))
    }
    expect(Object.values(readings).map((r) => r.status).sort()).toEqual(['done', 'done', 'done', 'done', 'done', 'failed'])

    const reviewer = await reviewerContext.newPage()
    phone.watch(reviewer)
    await reviewer.goto(`/#/reviewer/pages/detail/index?id=${submissionId}`)
    const view = shown(reviewer)
    const b63 = view.locator('[data-item="B6.3"]')
    await waitForText(b63.locator('.evidence-readings__line').first(), '第1张：这张照片上的日期是2021年，不在2022年度内')
    expect(await b63.locator('.evidence-readings__line').allTextContents()).toEqual([
      '第1张：这张照片上的日期是2021年，不在2022年度内',
      '第2张：日期：2022年3月18日',
      '第3张：日期：2022年6月20日',
      '第4张：日期：2022年12月9日',
    ])
    expect(await b63.locator('.evidence-readings__missing').allTextContents()).toEqual(['第三季度未见记录'])
    await expect(b63.locator('.evidence-readings__text').first().textContent()).resolves.toContain('支部大会会议记录')
    await b63.scrollIntoViewIfNeeded()
    await phone.shot(reviewer, 'reviewer-b63-quarters', { whole: false })

    const b12 = view.locator('[data-item="B1.2"]')
    const text = b12.locator('.evidence-readings__text')
    await expect(text.textContent()).resolves.toContain('会员发展')
    expect(await text.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true)
    await b12.scrollIntoViewIfNeeded()
    await phone.shot(reviewer, 'reviewer-long-text-folded', { whole: false })
    await b12.getByText('展开全文').tap()
    await waitForText(b12.locator('.evidence-readings__toggle'), '收起')
    expect(await text.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true)
    await phone.shot(reviewer, 'reviewer-long-text-open', { whole: false })

    const b21 = view.locator('[data-item="B2.1"]')
    await waitForText(b21.locator('.evidence-readings__line'), '第1张：未能识别文字（不影响这张照片作为证明材料）')
    await b21.scrollIntoViewIfNeeded()
    await phone.shot(reviewer, 'reviewer-reading-failed', { whole: false })

    // The dashboard names the item with out-of-year evidence.
    await reviewer.goto(`/#/dashboard/pages/overview/index?year=${YEAR}`)
    const card = shown(reviewer).locator('.dash__card').filter({ hasText: '日期不在本年度的证明照片' })
    await waitForText(card.locator('.dash__weak-id').first(), 'B6.3')
    expect(await card.locator('.dash__weak-count').allTextContents()).toEqual(['1张 · 1个学会'])
    await card.scrollIntoViewIfNeeded()
    await phone.shot(reviewer, 'dashboard-outside-year', { whole: false })
  } finally {
    await reviewerContext.close()
  }
})
