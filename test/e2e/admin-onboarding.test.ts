/**
 * A new admin brings societies and a reviewer on board in the real H5 build, in Chromium at phone size (and
 * laptop size for the pictures): imports 30 societies from an .xlsx with some bad rows, sees the preview name
 * every skipped row, downloads the code sheet and reads a code from it, invites a reviewer who accepts in
 * another browser, spreads the societies over the reviewers; a new user binds with a code from the sheet
 * through the card's link. Every admin page is photographed into test-artifacts/e2e-admin/.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { button, cell, field, mustCall, shown, textOf, waitForText } from './support/app'
import { launchChromium, phoneContext } from './support/browser'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { screenshots } from './support/shots'
import { routes } from '../../src/shared/routes'
import { societyRows, xlsxOf } from '../cloud/import-fixtures'

let emulator: E2eEmulator
let browser: Browser
let admin: BrowserContext
let page: Page
let shot: ReturnType<typeof screenshots>
const pageErrors: string[] = []
const downloads = mkdtempSync(join(tmpdir(), 'e2e-admin-downloads-'))
const sheetCodes = new Map<string, string>()

const SOCIETIES = societyRows(30, '自治区导入学会')
const BAD_ROWS = [
  ['', '无名', ''],
  ['自治区导入学会003', '重复的', ''],
  ['自治区计算机学会', '已登记的', ''],
  ['自治区电话错学会', '钱老师', '12345'],
]

async function loggedIn(context: BrowserContext, openid: string): Promise<Page> {
  const p = await context.newPage()
  p.setDefaultTimeout(20_000)
  p.on('pageerror', (error) => pageErrors.push(error.message))
  await p.request.post('/api/dev/login', { data: { openid } })
  return p
}

/** Both widths of every admin page: the phone's, then a laptop's (put back to the phone's after). */
async function shotBoth(name: string) {
  await shot(page, `${name}-375`)
  await page.setViewportSize({ width: 1280, height: 800 })
  await shot(page, `${name}-1280`)
  await page.setViewportSize({ width: 375, height: 812 })
}

async function openAdminPage(path: string) {
  await page.goto(`/#/admin/pages/${path}/index`)
  const view = shown(page)
  await view.locator(`.${path === 'index' ? 'admin-home' : path}`).first().waitFor()
  return view
}

beforeAll(async () => {
  shot = screenshots('e2e-admin')
  emulator = await startE2eEmulator()
  browser = await launchChromium()
  admin = await phoneContext(browser, emulator.url)
  page = await loggedIn(admin, 'dev-admin')
})

afterAll(async () => {
  await browser?.close()
  await emulator?.stop()
  rmSync(downloads, { recursive: true, force: true })
})

afterEach(() => expect(pageErrors).toEqual([]))

test('the admin lands on the admin home, a menu of the jobs of the year', async () => {
  await page.goto('/#/pages/home/index')
  await page.waitForURL(/#\/admin\/pages\/index\/index/)
  const view = shown(page)
  for (const entry of ['学会管理', '导入学会', '人员与邀请', '分配审核', '年度设置', '填报进度']) await cell(view, entry).first().waitFor()
  await shotBoth('admin-home')
})

test('with no reviewer yet, the assignment page says to invite one first', async () => {
  const view = await openAdminPage('assign')
  await waitForText(view.locator('.nut-empty'), /还没有审核员/)
  await shotBoth('assign-no-reviewers')
})

test('a file without a 学会名称 column is refused with a message naming the columns', async () => {
  const view = await openAdminPage('import')
  await shotBoth('import-start')
  const chooser = page.waitForEvent('filechooser')
  await button(view, '选择文件').tap()
  await (await chooser).setFiles({ name: '名单.csv', mimeType: 'text/csv', buffer: Buffer.from('名称,电话\n某学会,1\n') })
  await waitForText(view.locator('.import__error'), /没有找到“学会名称”列/)
  await shotBoth('import-bad-file')
})

test('imports 30 societies from an .xlsx, the preview naming every skipped row with its row number first', async () => {
  const view = await openAdminPage('import')
  const file = await xlsxOf([['学会名称', '联系人', '联系电话', '备注'], ...SOCIETIES, ...BAD_ROWS])
  const chooser = page.waitForEvent('filechooser')
  await button(view, '选择文件').tap()
  await (await chooser).setFiles({ name: '2023学会名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file })

  await view.locator('.import-preview').waitFor()
  expect(await textOf(view.locator('.import-preview__summary'))).toContain('共 34 行，将登记 30 个学会，跳过 4 行')
  const skipped = await view.locator('.import-preview__skip').allInnerTexts()
  expect(skipped.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
    expect.stringMatching(/^第 32 行 （空） 学会名称为空$/),
    expect.stringMatching(/^第 33 行 自治区导入学会003 与第4行重复$/),
    expect.stringMatching(/^第 34 行 自治区计算机学会 该学会已登记$/),
    expect.stringMatching(/^第 35 行 自治区电话错学会 联系电话“12345”格式不正确/),
  ])
  expect(await textOf(view.locator('.import-preview__note').first())).toContain('备注')
  const before = await mustCall(page.request, 'admin.listSocieties', {})
  expect(before.societies).toHaveLength(3)
  await shotBoth('import-preview-with-skipped-rows')

  await button(view, '确认导入 30 个学会').tap()
  await page.waitForURL(/#\/admin\/pages\/codes\/index/)
  const codes = shown(page)
  await waitForText(codes.locator('.codes__title'), /导入完成：登记 30 个学会，跳过 4 行/)
  await codes.locator('img.code-card__qr, .code-card__qr img').first().waitFor()
  await shotBoth('codes-after-import')
  expect((await mustCall(page.request, 'admin.listSocieties', {})).societies).toHaveLength(33)
})

test('downloads the code sheet, a real .xlsx with every society, its code and contact', async () => {
  const view = shown(page)
  const download = page.waitForEvent('download')
  await button(view, '下载绑定码表（Excel）').tap()
  const file = join(downloads, (await download).suggestedFilename())
  await (await download).saveAs(file)
  expect(file).toMatch(/学会绑定码-\d{12}\.xlsx$/)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  const sheet = workbook.getWorksheet('绑定码')!
  expect(sheet.getRow(1).values).toEqual([undefined, '学会名称', '绑定码', '联系人', '联系电话'])
  sheet.eachRow((row, n) => {
    if (n > 1) sheetCodes.set(row.getCell(1).text, row.getCell(2).text)
  })
  expect(sheetCodes.size).toBe(30)
  expect(sheetCodes.get('自治区导入学会007')).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)
  expect(sheet.getRow(8).getCell(3).text).toBe('联系人7')
})

test('the societies list finds an imported society and shows its status, contact and reviewer', async () => {
  const view = await openAdminPage('societies')
  await waitForText(view.locator('.societies__note'), /共 33 个学会/)
  await field(view, '搜索学会').fill('导入学会01')
  await waitForText(view.locator('.societies__count'), '找到 10 个')
  const row = view.locator('.society-row').filter({ hasText: '自治区导入学会010' })
  expect(await textOf(row)).toMatch(/未开始.*未绑定.*联系人10 · 13900000009.*未分配审核员/)
  await shotBoth('societies-search')
  await field(view, '搜索学会').fill('没有这个学会')
  await view.locator('.nut-empty').waitFor()
  await shotBoth('societies-search-empty')
})

test('invites a reviewer, who accepts in another browser and lands on the review list', async () => {
  const view = await openAdminPage('people')
  await shotBoth('people-start')
  await field(view, '被邀请人').fill('郑审核')
  await button(view, '生成邀请码').tap()
  const code = (await textOf(view.locator('.people__made-code'))).replace(/\s/g, '')
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/)
  await shotBoth('people-invite-code')

  const other = await phoneContext(browser, emulator.url)
  try {
    const reviewer = await loggedIn(other, 'dev-new-invitee')
    await reviewer.goto('/#/pages/home/index')
    await reviewer.waitForURL(/#\/filler\/bind\/index/)
    await shown(reviewer).getByText('审核员？使用管理员给您的邀请码 ›').tap()
    await reviewer.waitForURL(/#\/filler\/invite\/index/)
    const invite = shown(reviewer)
    await field(invite, '邀请码').fill('WRONGCODE2')
    await field(invite, '姓名').fill('郑明')
    await button(invite, '成为审核员').tap()
    await waitForText(invite.locator('.invite__error'), /邀请码不正确/)
    await shot(reviewer, 'invite-wrong-code')
    await field(invite, '邀请码').fill(code.toLowerCase())
    await button(invite, '成为审核员').tap()
    await reviewer.waitForURL(/#\/reviewer\/pages\/list\/index/)
    expect(await mustCall(reviewer.request, 'account.whoami', {})).toMatchObject({ role: 'reviewer', profile: { name: '郑明' } })
  } finally {
    await other.close()
  }

  await page.reload()
  const people = shown(page)
  await waitForText(people.locator('.people__user-name'), '郑明')
  await waitForText(people.locator('.people__state'), '已使用')
  await shotBoth('people-reviewers')
})

test('spreads the active societies evenly over the two reviewers', async () => {
  const view = await openAdminPage('assign')
  await shotBoth('assign-start')
  await button(view, '平均分给 2 位审核员').tap()
  await waitForText(view.locator('.assign__note'), /未分配 0 个/)
  const { societies } = await mustCall(page.request, 'admin.listSocieties', {})
  const counts = new Map<string, number>()
  for (const s of societies) counts.set(s.reviewer?.name, (counts.get(s.reviewer?.name) ?? 0) + 1)
  expect([...counts.entries()].sort()).toEqual([
    ['王建华', 17],
    ['郑明', 16],
  ])
  await shotBoth('assign-done')
})

test('a new user opens the card’s bind link: the code from the sheet is filled in, and binding works', async () => {
  const code = sheetCodes.get('自治区导入学会012')!
  const other = await phoneContext(browser, emulator.url)
  try {
    const filler = await loggedIn(other, 'dev-new-filler-from-sheet')
    await filler.goto(`/#${routes.bindWithCode(code)}`)
    const bind = shown(filler)
    await field(bind, '绑定码').waitFor()
    expect(await field(bind, '绑定码').inputValue()).toBe(code)
    await shot(filler, 'bind-prefilled-from-card')
    await field(bind, '填报人').fill('孙填报')
    await field(bind, '手机号').fill('13712345678')
    await button(bind, '绑定').tap()
    await filler.waitForURL(/#\/pages\/home\/index/)
    expect((await mustCall(filler.request, 'account.whoami', {})).society.name).toBe('自治区导入学会012')
  } finally {
    await other.close()
  }
})

test('the codes page, opened without new codes, says how to get one', async () => {
  await page.reload()
  await page.goto('/#/admin/pages/codes/index')
  await page.reload()
  await waitForText(shown(page).locator('.nut-empty'), /这里没有新的绑定码/)
  await shotBoth('codes-empty')
})
