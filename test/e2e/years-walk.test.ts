/**
 * Every year reachable, last year beside this year (issue 21, parts 1 and 2), in the real H5 build: the admin
 * opens 2023 while 2022 has an unsubmitted draft and a submission under review, then closes 2022 after its
 * review from the year picker; a filler reaches 2022's result under 往年 and the 2023 form from home, another
 * sees its unsubmitted 2022 draft closed with the reason; the reviewer sees 2022's scores beside 2023's
 * answers; the dashboard compares the two years. Pages at 375 px, the admin's and reviewer's at 1280 px too.
 */
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core'
import { getRubric, rubricItems } from '../../src/shared'
import { routes } from '../../src/shared/routes'
import { ADMIN_OPENID, FILLER_OPENID, REVIEWER_OPENID } from '../../emulator/seed'
import { answersFor, bestAnswer, worstAnswer } from '../shared/answer-builders'
import { asDevUser, button, mustCall, shown, textOf, waitForText } from './support/app'
import { launchChromium, signedInPage } from './support/browser'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { screenshots } from './support/shots'
import { confirmModal } from './support/year-steps'
import { join } from 'node:path'
import { ROOT } from '../../scripts/h5-build'

const OLD = 2022
const NEW = 2023
const OTHER_FILLER = 'dev-filler-nongxue'
const LAST_YEAR_COMMENT = '只见一次科普活动的记录'

let emulator: E2eEmulator
let browser: Browser
const contexts: BrowserContext[] = []
let shot: ReturnType<typeof screenshots>
const pageErrors: string[] = []

const signedIn = (openid: string, size: 'phone' | 'laptop' = 'phone'): Promise<Page> =>
  signedInPage(browser, emulator.url, openid, { contexts, pageErrors }, { width: size === 'laptop' ? 1280 : 375 })

/** Opens a page afresh, as a new start of the app. */
async function open(page: Page, url: string, ready: string) {
  await page.goto(`/#${url}`)
  await page.reload()
  const view = shown(page)
  await view.locator(ready).first().waitFor()
  return view
}

async function fillAndSubmit(request: APIRequestContext, year: number, make: typeof bestAnswer) {
  const { version } = await mustCall(request, 'submission.get', { year })
  const patch = answersFor(rubricItems(getRubric(year)), make)
  await mustCall(request, 'submission.saveAnswers', { year, baseVersion: version, patch })
  return mustCall(request, 'submission.submit', { year })
}

let admin: Page
let filler: Page
let oldSubmissionId: string

beforeAll(async () => {
  shot = screenshots('years-walk')
  emulator = await startE2eEmulator()
  browser = await launchChromium()
  admin = await signedIn(ADMIN_OPENID, 'laptop')
  filler = await signedIn(FILLER_OPENID)

  // 2022: the seed's filler submits everything; the reviewer lowers B8.1 with a comment (still under review).
  const submitted = await fillAndSubmit(filler.request, OLD, bestAnswer)
  oldSubmissionId = submitted.id
  await asDevUser(emulator.url, REVIEWER_OPENID, (reviewer) =>
    mustCall(reviewer, 'review.saveScores', {
      submissionId: submitted.id,
      baseVersion: submitted.version,
      items: { 'B8.1': { finalScore: 3, comment: LAST_YEAR_COMMENT } },
    }),
  )
  // Another society's filler leaves a 2022 draft unsubmitted.
  const other = emulator.seed().societies[1]!
  await asDevUser(emulator.url, OTHER_FILLER, async (request) => {
    await mustCall(request, 'account.bind', { bindingCode: other.bindingCode, name: '周农', phone: '13900000002' })
    await mustCall(request, 'submission.saveAnswers', { year: OLD, baseVersion: 0, patch: { 'B1.1': { checks: { a: true } } } })
  })
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await emulator?.stop()
})

test('the admin opens 2023 while 2022 has a draft and a submission under review', async () => {
  const years = await open(admin, routes.adminYears(), '.years__title')
  await waitForText(years.locator('.years__title'), `当前年度：${OLD}年度`)
  await button(years, `预览${NEW}年度的措辞变化`).tap()
  await button(years, `确认开启${NEW}年度`).tap()
  await waitForText(years.locator('.years__title'), `当前年度：${NEW}年度`)
  const chips = await years.locator('.year-picker__year').allInnerTexts()
  expect(chips.map((c) => c.trim())).toEqual([String(NEW), String(OLD)])
  await shot(admin, 'admin-years-2023-opened-1280')
})

test('after 2022’s review the admin picks 2022 in the year picker and closes it; the page shows it read-only', async () => {
  await asDevUser(emulator.url, REVIEWER_OPENID, (reviewer) => mustCall(reviewer, 'review.finalize', { submissionId: oldSubmissionId }))
  const years = shown(admin)
  await years.locator('.year-picker__year').filter({ hasText: String(OLD) }).click()
  await waitForText(years.locator('.years__title'), `${OLD}年度`)
  await button(years, `结束${OLD}年度`).tap()
  await confirmModal(admin, /结束后结果冻结/)
  await waitForText(years.locator('.years__closed'), `${OLD}年度已关闭，结果已冻结，以下设置只能查看。`)
  await waitForText(years.locator('.year-picker__year'), `${OLD} 已关闭`)
  expect(await years.locator('input[aria-label="填报截止日期"]').count()).toBe(0)
  expect(await button(years, `结束${OLD}年度`).count()).toBe(0)
  await shot(admin, 'admin-years-2022-closed-1280')
  expect(await mustCall(admin.request, 'review.years', {})).toMatchObject({
    current: NEW,
    years: [{ year: OLD, status: 'closed' }, { year: NEW, status: 'open' }],
  })

  const phone = await signedIn(ADMIN_OPENID)
  const narrow = await open(phone, routes.adminYears(), '.years__title')
  await narrow.locator('.year-picker__year').filter({ hasText: String(OLD) }).click()
  await waitForText(narrow.locator('.years__closed'), /已关闭/)
  await shot(phone, 'admin-years-2022-closed-375')
})

test('填报进度 and 学会管理 show 2022 from the year picker: no 催报 in a closed year', async () => {
  const progress = await open(admin, routes.adminProgress(), '.progress__title')
  await waitForText(progress.locator('.progress__title'), /^2023年度填报进度/)
  await progress.locator('.year-picker__year').filter({ hasText: String(OLD) }).click()
  await waitForText(progress.locator('.progress__title'), /^2022年度填报进度/)
  await waitForText(progress.locator('.progress__closed'), '2022年度已关闭，进度只能查看，不能催报。')
  expect(await button(progress, '催报所选').count()).toBe(0)
  await shot(admin, 'admin-progress-2022-1280')

  const societies = await open(admin, routes.adminSocieties(), '.societies__title')
  await societies.locator('.year-picker__year').filter({ hasText: String(OLD) }).click()
  const row = societies.locator('.society-row').filter({ hasText: '自治区计算机学会' })
  await waitForText(row.locator('.society-row__status'), '已审核')
  await shot(admin, 'admin-societies-2022-1280')
})

test('a filler whose 2022 draft was never submitted sees it under 往年, closed with the reason', async () => {
  const other = await signedIn(OTHER_FILLER)
  const home = await open(other, routes.home(), '.home__title')
  await waitForText(home.locator('.home__title'), `自治区学会（协会、研究会）${NEW}年度工作绩效评价自评表`)
  const row = home.locator('.home-cell').filter({ hasText: `${OLD}年度（已关闭）` })
  await waitForText(row.locator('.home-cell__description'), `未提交：${OLD}年度已结束，不能再修改或提交`)
  await shot(other, 'filler-draft-home-375')
  await row.click()
  const old = shown(other)
  await waitForText(old.locator('.home__year-banner-text'), `正在查看${OLD}年度的自评表（当前年度为${NEW}年度）`)
  await waitForText(old.locator('.deadline-notice'), `${OLD}年度已结束，不能再修改或提交`)
  await button(old, '查看已填写的内容').waitFor()
  await shot(other, 'filler-draft-2022-readonly-375')
})

test('the filler reaches 2022’s result under 往年 and the 2023 form from home', async () => {
  const home = await open(filler, routes.home(), '.home__title')
  await waitForText(home.locator('.home__title'), `自治区学会（协会、研究会）${NEW}年度工作绩效评价自评表`)
  const row = home.locator('.home-cell').filter({ hasText: `${OLD}年度（已关闭）` })
  await waitForText(row.locator('.home-cell__description'), '已审核：最终得分 107 分，优秀')
  await shot(filler, 'filler-home-2023-wangnian-375', { whole: true })
  await row.click()
  await filler.waitForURL(/filler\/result\/index\?year=2022/)
  await waitForText(shown(filler).locator('.result__total'), /最终得分\s*107/)
  await shot(filler, 'filler-result-2022-375')

  const again = await open(filler, routes.home(), '.home__title')
  await button(again, '开始填写').tap()
  await filler.waitForURL(/filler\/item\/index\?id=B1\.1&year=2023/)
  await shown(filler).locator('.item-page__card').first().waitFor()
  await shot(filler, 'filler-item-2023-375')
})

test('the reviewer sees 2022’s scores and comments beside 2023’s answers', async () => {
  const submitted = await fillAndSubmit(filler.request, NEW, worstAnswer)
  for (const [size, name] of [['laptop', '1280'], ['phone', '375']] as const) {
    const reviewer = await signedIn(REVIEWER_OPENID, size)
    const detail = await open(reviewer, routes.reviewerDetail(submitted.id), '[data-item="B8.1"]')
    await waitForText(detail.locator('.review-detail__line'), `${OLD}年度审核结果：107分，优秀`)
    const item = detail.locator('[data-item="B8.1"]')
    expect(await textOf(item.locator('.last-year__score'))).toBe(`${OLD}年度：最终得分 3分（自评6分）`)
    expect(await textOf(item.locator('.last-year__comment'))).toBe(`上年意见：${LAST_YEAR_COMMENT}`)
    await shot(reviewer, `reviewer-detail-last-year-${name}`)
    // The whole page is 38 items long: the header and the item, as they are on screen, to look at.
    await reviewer.screenshot({ path: join(ROOT, 'test-artifacts', 'years-walk', `zoom-reviewer-header-${name}.png`) })
    await item.scrollIntoViewIfNeeded()
    await reviewer.screenshot({ path: join(ROOT, 'test-artifacts', 'years-walk', `zoom-reviewer-b8.1-${name}.png`) })
  }
  await asDevUser(emulator.url, REVIEWER_OPENID, (reviewer) => mustCall(reviewer, 'review.finalize', { submissionId: submitted.id }))
})

test('the dashboard compares 2023 with 2022, each view a tap away, the society whose grade fell opening its review', async () => {
  const dash = await open(admin, routes.dashboard(NEW), '.compare__title')
  await waitForText(dash.locator('.compare__title'), `与${OLD}年度比较（${OLD}年度计入1份，${NEW}年度计入1份）`)
  await waitForText(dash.locator('.compare__row').first(), /A1 .*→/)
  await shot(admin, 'dashboard-compare-groups-1280', { whole: true })
  await dash.locator('.compare__tab').filter({ hasText: '等级分布' }).click()
  await waitForText(dash.locator('.compare__row').first(), new RegExp(`优秀\\s*${OLD}年度 1 个 → ${NEW}年度 0 个（-1）`))
  await dash.locator('.compare__tab').filter({ hasText: '等级变化（1）' }).click()
  const change = dash.locator('.compare__row--down')
  await waitForText(change, /自治区计算机学会\s*↓ 优秀 107分 → 不合格 \d+分/)
  await shot(admin, 'dashboard-compare-changes-1280')
  await change.click()
  await admin.waitForURL(/reviewer\/pages\/detail\/index\?id=/)

  const phone = await signedIn(REVIEWER_OPENID)
  const narrow = await open(phone, routes.dashboard(NEW), '.compare__title')
  await narrow.locator('.year-picker__year').filter({ hasText: String(OLD) }).click()
  await waitForText(narrow.locator('.dash__title'), `${OLD}年度统计看板`)
  expect(await narrow.locator('.compare').count()).toBe(0)
  await narrow.locator('.year-picker__year').filter({ hasText: String(NEW) }).click()
  await waitForText(narrow.locator('.compare__title'), /与2022年度比较/)
  await shot(phone, 'dashboard-compare-375', { whole: true })
  expect(pageErrors).toEqual([])
})
