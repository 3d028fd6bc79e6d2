/**
 * The admin runs a year in the real H5 build, in Debian Chromium: opens 2023 after reading the rubric's
 * new wording, sets the 填报截止 with the date picker (the filler's home counts down), gives one society an
 * earlier deadline that has passed (that filler's form turns read-only with the deadline's message, and the server refuses a save), tries a
 * wrong grade band, follows progress and sends a 催报 that reaches the filler's inbox; the reviewer's list
 * switches between the years. Pages are photographed at 375 px, the admin's at 1280 px too.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { chineseDate } from '../../src/shared'
import { EMULATOR_TEMPLATE_ID } from '../../emulator/outbox-notifier'
import { button, callApi, cell, mustCall, openAfresh, shown, textOf, waitForText } from './support/app'
import { launchChromium, signedInPage } from './support/browser'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { screenshots } from './support/shots'
import { itemPage } from './support/item-page'
import { confirmModal, dayFromToday } from './support/year-steps'

const FILLER = 'dev-filler-1'
const FILLER_SOCIETY = '自治区计算机学会'

let emulator: E2eEmulator
let browser: Browser
const contexts: BrowserContext[] = []
let shot: ReturnType<typeof screenshots>
const pageErrors: string[] = []

/** Three days after today: today counts as one of the days left, so 还剩 4 天. */
const DEADLINE = dayFromToday(3)
const PASSED = dayFromToday(-1)

const signedIn = (openid: string, size: 'phone' | 'laptop' = 'phone'): Promise<Page> =>
  signedInPage(browser, emulator.url, openid, { contexts, pageErrors }, { width: size === 'laptop' ? 1280 : 375 })

let admin: Page
let filler: Page

beforeAll(async () => {
  shot = screenshots('admin-year')
  emulator = await startE2eEmulator()
  browser = await launchChromium()
  admin = await signedIn('dev-admin')
  filler = await signedIn(FILLER)
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await emulator?.stop()
})

test('the admin reaches 年度设置 from the admin home and sees 2022 as the current year', async () => {
  const home = await openAfresh(admin, 'admin/pages/index/index', '.admin-home__entry')
  await cell(home, '年度设置').tap()
  await admin.waitForURL(/admin\/pages\/years\/index/)
  const years = shown(admin)
  await waitForText(years.locator('.years__title'), '当前年度：2022年度')
  await shot(admin, 'years-2022')
})

test('opens 2023 only after reading every changed text, before → after', async () => {
  const years = shown(admin)
  await button(years, '预览2023年度的措辞变化').tap()
  const changes = years.locator('.years__change')
  await waitForText(changes.first(), /标题/)
  const texts = await changes.allInnerTexts()
  expect(texts.map((t) => t.replace(/\s+/g, ''))).toEqual([
    '标题自治区学会（协会、研究会）2022年度工作绩效评价自评表→自治区学会（协会、研究会）2023年度工作绩效评价自评表',
    'B12.3评价指标2022年工作总结、2023年计划→2023年工作总结、2024年计划',
    'B12.3选项a制定2022年工作总结→制定2023年工作总结',
    'B12.3选项b制定2023年工作计划→制定2024年工作计划',
  ])
  await shot(admin, 'years-open-preview')
  await button(years, '确认开启2023年度').tap()
  await waitForText(years.locator('.years__title'), '当前年度：2023年度')
  expect(await mustCall(admin.request, 'review.years', {})).toMatchObject({ current: 2023 })
})

test('sets the deadline with the date picker; the filler’s home counts the days down', async () => {
  const years = shown(admin)
  await years.locator('input[aria-label="填报截止日期"]').fill(DEADLINE)
  await waitForText(years.locator('.years__value'), `当前：${chineseDate(DEADLINE)}截止`)

  const home = await openAfresh(filler, 'pages/home/index', '.home__status')
  await waitForText(home.locator('.home__title'), '自治区学会（协会、研究会）2023年度工作绩效评价自评表')
  expect(await textOf(home.locator('.deadline-notice'))).toBe(`填报截止：${chineseDate(DEADLINE)}，还剩 4 天`)
  await shot(filler, 'filler-home-countdown')
})

test('a grade band out of order is named before anything is sent', async () => {
  const years = shown(admin)
  await years.getByLabel('第2档分数线', { exact: true }).locator('input').fill('95')
  await waitForText(years.locator('.years__error'), '等级划分：“良好”的分数线须低于“优秀”')
  await shot(admin, 'years-bad-band')
  await years.getByLabel('第2档分数线', { exact: true }).locator('input').fill('80')
  await years.locator('.years__error').first().waitFor({ state: 'detached' })
})

test('gives the filler’s society a deadline that has passed; its form turns read-only with the reason and a save is refused', async () => {
  const years = shown(admin)
  // Nothing chosen: named; the message goes once a society is chosen.
  await button(years, '添加延期').tap()
  await waitForText(years.locator('.years__error'), '请选择要延期的学会')
  await years.locator('select[aria-label="延期的学会"]').selectOption({ label: FILLER_SOCIETY })
  await years.locator('.years__error').filter({ hasText: '请选择要延期的学会' }).waitFor({ state: 'detached' })
  await years.locator('input[aria-label="延期日期"]').fill(PASSED)
  await button(years, '添加延期').tap()
  await admin.getByText(/已经过去：保存后自治区计算机学会的填报立即截止/).filter({ visible: true }).first().waitFor()
  await shot(admin, 'years-extension-past-confirm')
  await confirmModal(admin, /已经过去：保存后自治区计算机学会的填报立即截止/)
  await waitForText(years.locator('.years__extension'), new RegExp(`${FILLER_SOCIETY}.*本会截止${chineseDate(PASSED)}`))
  await shot(admin, 'years-extension')

  const message = `2023年度填报已于${chineseDate(PASSED)}截止`
  const home = await openAfresh(filler, 'pages/home/index', '.home__status')
  await waitForText(home.locator('.deadline-notice'), message)
  await shot(filler, 'filler-home-past-deadline')

  await filler.goto('/#/filler/item/index?id=B1.1&year=2023')
  const item = await itemPage(filler, 'B1.1')
  // Past the deadline the item is read-only with the reason, and the server refuses a save all the same.
  await waitForText(item.locator('.item-page__readonly'), `${message}，内容只能查看不能修改`)
  const yes = item.locator('.answer-widget__row').first().getByRole('radio', { name: '是' })
  expect(await yes.getAttribute('aria-disabled')).toBe('true')
  await shot(filler, 'item-read-only-after-deadline')
  const before = await mustCall(filler.request, 'submission.get', { year: 2023 })
  const refused = await callApi(filler.request, 'submission.saveAnswers', {
    year: 2023,
    baseVersion: before.version,
    patch: { 'B1.1': { checks: { a: true } } },
  })
  expect(refused).toMatchObject({ ok: false, code: 'DEADLINE_PASSED', message })
  const saved = await mustCall(filler.request, 'submission.get', { year: 2023 })
  expect(saved.answers['B1.1']).toBeUndefined()
})

test('the 年度设置 page also works on a laptop', async () => {
  const wide = await signedIn('dev-admin', 'laptop')
  await openAfresh(wide, 'admin/pages/years/index', '.years__card')
  await shot(wide, 'years-1280')
  await openAfresh(wide, 'admin/pages/progress/index', '.progress__count')
  await shot(wide, 'progress-1280')
})

test('填报进度 counts every society and sends a 催报 that reaches the filler’s inbox', async () => {
  // The filler accepted one subscribe message (the mini-program records it; H5 never asks).
  await mustCall(filler.request, 'account.recordSubscribeConsent', { templateId: EMULATOR_TEMPLATE_ID, accepted: true })
  const home = await openAfresh(admin, 'admin/pages/index/index', '.admin-home__entry')
  await cell(home, '填报进度').tap()
  await admin.waitForURL(/admin\/pages\/progress\/index/)
  const progress = shown(admin)
  await waitForText(progress.locator('.progress__title'), '2023年度填报进度（共3个学会）')
  const counts = await progress.locator('.progress__count').allInnerTexts()
  expect(counts.map((c) => c.replace(/\s+/g, ''))).toEqual(['2未开始', '1填写中', '0已提交', '0退回修改', '0已审核'])
  const row = progress.locator('.progress__row').filter({ hasText: FILLER_SOCIETY })
  const phone = '0471-6281234' // the seed's 联系电话 of 自治区计算机学会
  // The first call line is the registered contact; the bound fillers follow with their own numbers.
  const contact = row.locator('.progress__contact').filter({ hasText: '联系人：' })
  await waitForText(contact, new RegExp(`${phone} 拨打`))
  expect(await contact.locator('a.phone-link').getAttribute('href')).toBe(`tel:${phone.replace('-', '')}`)
  await shot(admin, 'progress')

  await row.locator('.progress__name').tap()
  await button(progress, '催报所选').tap()
  await confirmModal(admin, /向所选1个学会/)
  await admin.getByText(/已发给1个学会/).filter({ visible: true }).first().waitFor()
  await shot(admin, 'progress-reminded')
  await confirmModal(admin, /已发给1个学会/)
  await waitForText(row.locator('.progress__reminder'), /已催报 .*李晓梅：订阅消息已发出/)

  const inbox = await openAfresh(filler, 'filler/inbox/index', '.inbox__row, .nut-empty')
  await waitForText(inbox.locator('.inbox__row').first(), /请尽快填报自评表/)
  await shot(filler, 'filler-inbox-reminder')
})

test('the reviewer’s list switches between 2022 and 2023', async () => {
  const reviewer = await signedIn('dev-reviewer')
  const list = await openAfresh(reviewer, 'reviewer/pages/list/index', '.review-list__title')
  await waitForText(list.locator('.review-list__title'), '2023年度学会自评审核')
  await list.locator('.year-picker__year').filter({ hasText: '2022' }).tap()
  await waitForText(list.locator('.review-list__title'), '2022年度学会自评审核')
  await shot(reviewer, 'reviewer-list-2022')
  expect(pageErrors).toEqual([])
})
