/**
 * Links to what is not there yet, walked in the real H5 build at 375 px (the dashboard also at 1280 px): a form
 * of a year the 科协 has not opened (a link shared before the admin opens it), and the 公示 of a year not yet
 * published. Each page says what is so, under a title that is not 加载失败, with the way back instead of a 重试
 * that cannot help; home says the year has no form instead of offering its items. On the dashboard, a year picked
 * whose figures cannot be read says so under that year, never showing the other year's figures. Pictures go to
 * test-artifacts/e2e-not-yet-links/.
 */
import type { Page } from 'playwright-core'
import { button, mustCall, openAfresh, shown, waitForText } from './support/app'
import { blockAction } from './support/network'
import { journey } from './support/journey'
import { shotAtBothWidths } from './support/shots'

const YEAR = 2022
const UNOPENED = 2031

const { shot, signedIn } = journey('e2e-not-yet-links')

/** A page-state of what is not there: its title and text, no 重试, and `exit` leading to home. */
async function saysNotThere(page: Page, path: string, text: string, exit: string, name: string): Promise<void> {
  const view = await openAfresh(page, path, '.page-state')
  await waitForText(view.locator('.page-state'), new RegExp(`暂时不能查看[\\s\\S]*${text}`))
  expect(await view.locator('.page-state').innerText()).not.toContain('加载失败')
  expect(await button(view, '重试').count()).toBe(0)
  await shot(page, name)
  await button(view, exit).tap()
  await page.waitForURL(/#\/pages\/home\/index/)
}

test(`a filler's links to the ${UNOPENED} form, not opened: home says so without the items; sections, item and 提交 say so with 返回首页`, async () => {
  const filler = await signedIn('dev-filler-1')
  const home = await openAfresh(filler, `pages/home/index?year=${UNOPENED}`, '.home__title')
  await waitForText(home.locator('.home__notice'), `${UNOPENED}年度尚未开放填报，暂时没有可填写的自评表。`)
  expect(await home.innerText()).not.toContain('评价指标')
  expect(await home.innerText()).not.toContain('点此重试')
  await waitForText(home.locator('.home__year-banner'), new RegExp(`回到${YEAR}年度`))
  await shot(filler, 'home-unopened')

  for (const [path, name] of [
    [`filler/sections/index?year=${UNOPENED}`, 'sections-unopened'],
    [`filler/item/index?id=B1.1&year=${UNOPENED}`, 'item-unopened'],
    [`filler/submit/index?year=${UNOPENED}`, 'submit-unopened'],
  ] as const) {
    await saysNotThere(filler, path, `${UNOPENED}年度尚未开放填报`, '返回首页', name)
    // Opened by the link, the way back is home of the current year, with its items.
    await waitForText(shown(filler).locator('.home-cell-group__title'), '评价指标')
  }
})

test('公示 of a year not yet published says so with 返回, which leads home', async () => {
  const filler = await signedIn('dev-filler-1')
  await saysNotThere(filler, `filler/public-results/index?year=${YEAR}`, `${YEAR}年度的审核结果尚未公示`, '返回', 'public-unpublished')
  await shown(filler).locator('.home__title').waitFor()
})

test(`统计看板 of ${UNOPENED} says the year is not opened, with 返回 to the admin's home`, async () => {
  const admin = await signedIn('dev-admin')
  const view = await openAfresh(admin, `dashboard/pages/overview/index?year=${UNOPENED}`, '.page-state')
  await waitForText(view.locator('.page-state'), new RegExp(`暂时不能查看[\\s\\S]*${UNOPENED}年度尚未开放填报`))
  expect(await button(view, '重试').count()).toBe(0)
  await shotAtBothWidths(shot, admin, 'dashboard-unopened')
  // On a laptop the message keeps a phone's measure, not a card across the window.
  await admin.setViewportSize({ width: 1280, height: 800 })
  expect((await view.locator('.page-state .nut-empty').boundingBox())?.width).toBeLessThanOrEqual(480)
  await admin.setViewportSize({ width: 375, height: 812 })
  await button(view, '返回').tap()
  await admin.waitForURL(/#\/admin\/pages\/index\/index/)
})

/**
 * A page with a year picker: the other year picked while `action` fails shows that year (its chip, and its
 * `title` when the page names the year) and 重试, never the figures; 重试 reads them.
 */
async function pickedYearUnread(page: Page, path: string, action: string, figures: string, name: string, title?: string): Promise<void> {
  const view = await openAfresh(page, path, figures)
  const showsYear = async (year: number) => {
    await waitForText(view.locator('.year-picker__year--on'), new RegExp(`^${year}`))
    if (title) await waitForText(view.locator(title), new RegExp(`^${year}年度`))
  }
  await showsYear(YEAR + 1)
  const blocked = await blockAction(page, action)
  await view.locator('.year-picker__year').filter({ hasText: String(YEAR) }).tap()
  await showsYear(YEAR)
  await waitForText(view.locator('.year-not-read__retry'), '重试')
  expect(await view.locator(figures).count()).toBe(0)
  await shotAtBothWidths(shot, page, name)
  await blocked.release()
  await view.locator('.year-not-read__retry').tap()
  await view.locator(figures).waitFor()
  await showsYear(YEAR)
}

test('统计看板, 填报进度, 学会管理 and the review list: a year picked whose figures cannot be read says so under that year, never the other year’s figures (or its societies for 催报); 重试 reads them', async () => {
  const admin = await signedIn('dev-admin')
  await mustCall(admin.request, 'admin.openYear', { year: YEAR + 1 })
  await pickedYearUnread(admin, 'dashboard/pages/overview/index', 'report.dashboard', '.dash__subtitle', 'dashboard-year-unread', '.dash__title')
  await pickedYearUnread(admin, 'admin/pages/progress/index', 'admin.progress', '.progress__counts', 'progress-year-unread', '.progress__title')
  await pickedYearUnread(admin, 'admin/pages/societies/index', 'admin.listSocieties', '.societies__note', 'societies-year-unread')
  const reviewer = await signedIn('dev-reviewer')
  await pickedYearUnread(reviewer, 'reviewer/pages/list/index', 'review.list', '.review-list__count', 'review-list-year-unread', '.review-list__title')
})
