/**
 * Reports in the real H5 build, in Debian Chromium, against the emulator with a year of 40 societies: a
 * reviewer downloads the year's results from the list and the workbook opens (exceljs) with its ranks; opens
 * the dashboard at phone and laptop width; exports one society's form from its detail page; the filler
 * downloads its own reviewed form from the result page. Screenshots go to test-artifacts/e2e-reports/.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { getRubric, rubricItems } from '../../src/shared'
import { routes } from '../../src/shared/routes'
import { openSqliteStore } from '../../emulator/store/sqlite-store'
import { FILLER_OPENID, REVIEWER_OPENID } from '../../emulator/seed'
import { answersFor, bestAnswer } from '../shared/answer-builders'
import { openWorkbook, text } from '../reports/open-workbook'
import { seedYear } from '../reports/year-fixture'
import { asDevUser, button, mustCall, shown, waitForText } from './support/app'
import { launchChromium, phoneContext } from './support/browser'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { screenshots } from './support/shots'

const YEAR = 2022
const FIXTURE_SOCIETIES = 40

let emulator: E2eEmulator
let browser: Browser
let context: BrowserContext
let page: Page
let downloads: string
let shot: ReturnType<typeof screenshots>
const pageErrors: string[] = []

beforeAll(async () => {
  shot = screenshots('e2e-reports')
  downloads = mkdtempSync(join(tmpdir(), 'downloads-'))
  emulator = await startE2eEmulator()
  const store = openSqliteStore(join(emulator.dataDir, 'emulator.sqlite'))
  await seedYear(store, FIXTURE_SOCIETIES, 11)
  store.close()
  await asDevUser(emulator.url, FILLER_OPENID, async (filler) => {
    const { version } = await mustCall(filler, 'submission.get', { year: YEAR })
    const items = rubricItems(getRubric(YEAR))
    await mustCall(filler, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: answersFor(items, bestAnswer) })
    await mustCall(filler, 'submission.submit', { year: YEAR })
  })
  browser = await launchChromium()
  context = await phoneContext(browser, emulator.url)
  page = await context.newPage()
  page.setDefaultTimeout(60_000)
  page.on('pageerror', (error) => pageErrors.push(error.message))
})

afterAll(async () => {
  await browser?.close()
  await emulator?.stop()
  rmSync(downloads, { recursive: true, force: true })
})

afterEach(() => expect(pageErrors).toEqual([]))

async function loginAs(openid: string) {
  await page.request.post('/api/dev/login', { data: { openid } })
}

/** Taps a report button and saves what the browser downloads; resolves to the file's path and name. */
async function download(label: string) {
  const view = shown(page)
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button(view, label).tap()])
  const path = join(downloads, file.suggestedFilename())
  await file.saveAs(path)
  await waitForText(view.locator('.report-button__note'), /^已生成：/, 30_000)
  return { path, name: file.suggestedFilename() }
}

test('a reviewer downloads the year’s results from the list, and the workbook opens with every society ranked', async () => {
  await loginAs(REVIEWER_OPENID)
  await page.goto(`/#${routes.reviewerList()}`)
  const view = shown(page)
  await view.locator('.review-list__row').first().waitFor()
  await waitForText(view.locator('.review-list__grade'), /^等级：\S+$/)
  await shot(page, 'reviewer-list-with-reports')

  const file = await download(`导出${YEAR}年度结果（Excel）`)
  expect(file.name).toBe(`${YEAR}年度学会工作绩效评价结果.xlsx`)
  await shot(page, 'reviewer-list-results-downloaded')
  const workbook = await openWorkbook(file.path)
  const summary = workbook.getWorksheet('汇总')!
  const { societies } = await asDevUser(emulator.url, 'dev-admin', (admin) => mustCall(admin, 'admin.listSocieties', {}))
  expect(societies.length).toBeGreaterThan(FIXTURE_SOCIETIES)
  expect(summary.rowCount - 3).toBe(societies.length)
  expect(text(summary, 'A3')).toBe('排名')
  expect(summary.getCell('A4').value).toBe(1)
  expect(workbook.getWorksheet('逐项得分')).toBeDefined()
})

test('the dashboard shows the year at phone and laptop width', async () => {
  const view = shown(page)
  await button(view, '统计看板').tap()
  const dash = shown(page)
  await waitForText(dash.locator('.dash__title'), `${YEAR}年度统计看板`)
  await dash.locator('.dash-columns__col').first().waitFor()
  expect(await dash.locator('.dash-columns__col').count()).toBe(11)
  expect(await dash.locator('.dash-tiles__tile').count()).toBe(5)
  expect(await dash.locator('.dash__weak').count()).toBeGreaterThan(0)
  await shot(page, 'dashboard-375')
  await page.setViewportSize({ width: 1280, height: 900 })
  await shot(page, 'dashboard-1280')
  await page.setViewportSize({ width: 375, height: 812 })
})

/** The demo filler's submission (the fixture's societies have ids soc-…). */
const demoSubmission = () =>
  asDevUser(emulator.url, REVIEWER_OPENID, async (reviewer) => {
    const { rows } = await mustCall(reviewer, 'review.list', { year: YEAR, pageSize: 100, sort: 'name' })
    return rows.find((r: { societyId: string }) => !r.societyId.startsWith('soc-')) as { id: string; societyName: string }
  })

test('a reviewer exports one society’s form from its detail page', async () => {
  const own = await demoSubmission()
  await page.goto(`/#${routes.reviewerDetail(own.id)}`)
  const detail = shown(page)
  await button(detail, '导出自评表（Excel）').waitFor()
  const file = await download('导出自评表（Excel）')
  expect(file.name).toBe(`2022年度自评表-${own.societyName}.xlsx`)
  const sheet = (await openWorkbook(file.path)).worksheets[0]!
  expect(text(sheet, 'A1')).toBe('附件3')
  expect(text(sheet, 'A3')).toBe('工作绩效评价自评表')
  await shot(page, 'reviewer-detail-form-exported')
})

test('the filler downloads its own reviewed form from the result page', async () => {
  const own = await demoSubmission()
  await asDevUser(emulator.url, REVIEWER_OPENID, (reviewer) => mustCall(reviewer, 'review.finalize', { submissionId: own.id }))
  await loginAs(FILLER_OPENID)
  await page.goto(`/#${routes.result(YEAR)}`)
  const view = shown(page)
  await waitForText(view.locator('.result__grade'), '等级：优秀')
  const file = await download('下载自评表（Excel，打印盖章用）')
  const sheet = (await openWorkbook(file.path)).worksheets[0]!
  expect(text(sheet, 'H6')).toBe('审核得分')
  await shot(page, 'filler-result-form-downloaded')
})
