/**
 * A new admin brings a year's 300 societies and a second reviewer on board in the real H5 build, in Chromium at
 * phone size (and laptop size for the pictures), and runs the year, all in the app: imports 300 societies from an
 * .xlsx with some bad rows, sees the preview name every skipped row, downloads the code sheet and reads a code
 * from it, invites a reviewer who accepts in another browser, spreads the societies over the two reviewers; a new
 * user binds with a code from the sheet through the card's link; the admin opens 2023 with a deadline and sends
 * a 催报 to every society; the new filler finds it in the inbox and the countdown on home, and the new reviewer's
 * list starts on the societies assigned to them. Every admin page is photographed into test-artifacts/e2e-admin/.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { button, cell, field, mustCall, shown, textOf, waitForText } from './support/app'
import { launchChromium, phoneContext } from './support/browser'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { screenshots, shotAtBothWidths } from './support/shots'
import { routes } from '../../src/shared/routes'
import { societyRows, xlsxOf } from '../cloud/import-fixtures'
import { chineseDate } from '../../src/shared'
import { confirmModal, dayFromToday } from './support/year-steps'

let emulator: E2eEmulator
let browser: Browser
let admin: BrowserContext
let page: Page
let shot: ReturnType<typeof screenshots>
const pageErrors: string[] = []
const downloads = mkdtempSync(join(tmpdir(), 'e2e-admin-downloads-'))
const sheetCodes = new Map<string, string>()
/** Five days after today: today counts as one of the days left, so 还剩 6 天. */
const DEADLINE = dayFromToday(5)
let assignedToZheng = 0

const SOCIETIES = societyRows(300, '自治区导入学会')
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

/** Runs `steps` as another user, in a browser context of their own (closed after). */
async function inAnotherBrowser(openid: string, steps: (page: Page) => Promise<void>) {
  const other = await phoneContext(browser, emulator.url)
  try {
    await steps(await loggedIn(other, openid))
  } finally {
    await other.close()
  }
}

/** Both widths of every admin page: the phone's, then a laptop's (put back to the phone's after). */
const shotBoth = (name: string) => shotAtBothWidths(shot, page, name)

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

test('a file without a 学会名称 column is refused with a message naming the columns', async () => {
  const view = await openAdminPage('import')
  await shotBoth('import-start')
  const chooser = page.waitForEvent('filechooser')
  await button(view, '选择文件').tap()
  await (await chooser).setFiles({ name: '名单.csv', mimeType: 'text/csv', buffer: Buffer.from('名称,电话\n某学会,1\n') })
  await waitForText(view.locator('.import__error'), /没有找到“学会名称”列/)
  await shotBoth('import-bad-file')
})

test('imports 300 societies from an .xlsx, the preview naming every skipped row with its row number first', async () => {
  const view = await openAdminPage('import')
  const file = await xlsxOf([['学会名称', '联系人', '联系电话', '备注'], ...SOCIETIES, ...BAD_ROWS])
  const chooser = page.waitForEvent('filechooser')
  await button(view, '选择文件').tap()
  await (await chooser).setFiles({ name: '2023学会名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file })

  await view.locator('.import-preview').waitFor()
  expect(await textOf(view.locator('.import-preview__summary'))).toContain('共 304 行，将登记 300 个学会，跳过 4 行')
  const skipped = await view.locator('.import-preview__skip').allInnerTexts()
  expect(skipped.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
    expect.stringMatching(/^第 302 行 （空） 学会名称为空$/),
    expect.stringMatching(/^第 303 行 自治区导入学会003 与第4行重复$/),
    expect.stringMatching(/^第 304 行 自治区计算机学会 该学会已登记$/),
    expect.stringMatching(/^第 305 行 自治区电话错学会 联系电话“12345”格式不正确/),
  ])
  expect(await textOf(view.locator('.import-preview__note').first())).toContain('备注')
  const before = await mustCall(page.request, 'admin.listSocieties', {})
  expect(before.societies).toHaveLength(3)
  await shotBoth('import-preview-with-skipped-rows')

  await button(view, '确认导入 300 个学会').tap()
  await page.waitForURL(/#\/admin\/pages\/codes\/index/)
  const codes = shown(page)
  await waitForText(codes.locator('.codes__title'), /导入完成：登记 300 个学会，跳过 4 行/)
  await shot(page, 'codes-loading')
  const qr = codes.locator('.code-card__qr img, img.code-card__qr').first()
  await qr.waitFor({ state: 'attached' }).catch(async () => {
    throw new Error(`no QR picture; page says: ${await textOf(codes)}`)
  })
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/)
  await shotBoth('codes-after-import')
  expect((await mustCall(page.request, 'admin.listSocieties', {})).societies).toHaveLength(303)
})

test('downloads the code sheet, a real .xlsx with every society, its code and contact', async () => {
  const view = shown(page)
  const download = page.waitForEvent('download')
  await button(view, '下载绑定码表（Excel）').tap()
  await view.locator('.codes__error').waitFor({ timeout: 3000 }).then(
    async () => {
      throw new Error(`download failed: ${await textOf(view.locator('.codes__error'))}`)
    },
    () => undefined,
  )
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
  expect(sheetCodes.size).toBe(300)
  expect(sheetCodes.get('自治区导入学会007')).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)
  expect(sheet.getRow(8).getCell(3).text).toBe('联系人7')
})

test('the societies list finds an imported society and shows its status, contact and reviewer', async () => {
  const view = await openAdminPage('societies')
  await waitForText(view.locator('.societies__note'), /共 303 个学会/)
  await field(view, '搜索学会').fill('导入学会01')
  await waitForText(view.locator('.societies__count'), '找到 10 个')
  const row = view.locator('.society-row').filter({ hasText: '自治区导入学会010' })
  expect(await textOf(row)).toMatch(/未开始.*未绑定.*联系人10 · 13900000009.*未分配审核员/)
  await shotBoth('societies-search')
  await field(view, '搜索学会').fill('没有这个学会')
  await view.locator('.nut-empty').waitFor()
  await shotBoth('societies-search-empty')
})

/** The admin's 人员与邀请 makes a one-time code for `name`; returns it as shown. */
async function inviteCode(view: Locator, name: string): Promise<string> {
  await field(view, '被邀请人').fill(name)
  await button(view, '生成邀请码').tap()
  await waitForText(view.locator('.people__made-label'), new RegExp(`^给 ${name} 的邀请码`))
  const code = (await textOf(view.locator('.people__made-code'))).replace(/\s/g, '')
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/)
  return code
}

/** An invitee opens the app unbound, finds the invitation entry on the bind page and lands on the review list. */
async function acceptInvite(reviewer: Page, code: string, name: string, wrongFirst = false) {
  await reviewer.goto('/#/pages/home/index')
  await reviewer.waitForURL(/#\/filler\/bind\/index/)
  await shown(reviewer).getByText('审核员？使用管理员给您的邀请码 ›').tap()
  await reviewer.waitForURL(/#\/filler\/invite\/index/)
  const invite = shown(reviewer)
  await field(invite, '姓名').fill(name)
  if (wrongFirst) {
    await field(invite, '邀请码').fill('WRONGCODE2')
    await button(invite, '成为审核员').tap()
    await waitForText(invite.locator('.invite__error'), /邀请码不正确/)
    await shot(reviewer, 'invite-wrong-code')
  }
  await field(invite, '邀请码').fill(code.toLowerCase())
  await button(invite, '成为审核员').tap()
  await reviewer.waitForURL(/#\/reviewer\/pages\/list\/index/)
  expect(await mustCall(reviewer.request, 'account.whoami', {})).toMatchObject({ role: 'reviewer', profile: { name } })
}

test('invites two reviewers, who accept in browsers of their own and land on the review list', async () => {
  const view = await openAdminPage('people')
  await shotBoth('people-start')
  const code = await inviteCode(view, '郑审核')
  await shotBoth('people-invite-code')
  await inAnotherBrowser('dev-new-invitee', (reviewer) => acceptInvite(reviewer, code, '郑明', true))
  const second = await inviteCode(view, '刘审核')
  expect(second).not.toBe(code)
  await inAnotherBrowser('dev-new-invitee-2', (reviewer) => acceptInvite(reviewer, second, '刘芳'))

  await page.reload()
  const people = shown(page)
  await waitForText(people.locator('.people__user-name').filter({ hasText: '郑明' }), '郑明')
  await waitForText(people.locator('.people__user-name').filter({ hasText: '刘芳' }), '刘芳')
  for (const [invited, by] of [['郑审核', '郑明'], ['刘审核', '刘芳']]) {
    await waitForText(people.locator('.people__line').filter({ hasText: invited }), new RegExp(`已使用[\\s\\S]*由 ${by} 使用`))
  }
  await shotBoth('people-reviewers')
})

test('spreads the active societies evenly over the two new reviewers', async () => {
  const view = await openAdminPage('assign')
  await view.getByLabel('选择 王建华').tap()
  await shotBoth('assign-start')
  await button(view, '平均分给 2 位审核员').tap()
  await waitForText(view.locator('.assign__note'), /未分配 0 个/)
  const { societies } = await mustCall(page.request, 'admin.listSocieties', {})
  const counts = new Map<string, number>()
  for (const s of societies) counts.set(s.reviewer?.name, (counts.get(s.reviewer?.name) ?? 0) + 1)
  expect([...counts.keys()].sort()).toEqual(['刘芳', '郑明'])
  expect([...counts.values()].sort()).toEqual([151, 152])
  assignedToZheng = counts.get('郑明')!
  await shotBoth('assign-done')
})

test('a new user opens the card’s bind link: the code from the sheet is filled in, and binding works', async () => {
  const code = sheetCodes.get('自治区导入学会012')!
  await inAnotherBrowser('dev-new-filler-from-sheet', async (filler) => {
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
  })
})

test('the codes page, opened without new codes, says how to get one', async () => {
  await page.reload()
  await page.goto('/#/admin/pages/codes/index')
  await page.reload()
  await waitForText(shown(page).locator('.nut-empty'), /这里没有新的绑定码/)
  await shotBoth('codes-empty')
})

test('opens 2023 after reading its new wording, with a deadline', async () => {
  const years = await openAdminPage('years')
  await waitForText(years.locator('.years__title'), '当前年度：2022年度')
  await button(years, '预览2023年度的措辞变化').tap()
  await waitForText(years.locator('.years__change').first(), /标题/)
  await button(years, '确认开启2023年度').tap()
  await waitForText(years.locator('.years__title'), '当前年度：2023年度')
  await years.locator('input[aria-label="填报截止日期"]').fill(DEADLINE)
  await waitForText(years.locator('.years__value'), `当前：${chineseDate(DEADLINE)}截止`)
  await shotBoth('years-2023-with-deadline')
})

test('reminds all 303 societies not yet submitted in one go', async () => {
  const progress = await openAdminPage('progress')
  await waitForText(progress.locator('.progress__title'), '2023年度填报进度（共303个学会）')
  const counts = await progress.locator('.progress__count').allInnerTexts()
  expect(counts.map((c) => c.replace(/\s+/g, ''))).toEqual(['303未开始', '0填写中', '0已提交', '0退回修改', '0已审核'])
  expect(await progress.locator('.progress__row').count()).toBe(30)
  await button(progress, '全选（303个）').tap()
  await waitForText(progress.locator('.progress__bar-text'), '已选 303 个学会')
  await shotBoth('progress-303-selected')
  await button(progress, '催报所选').tap()
  await confirmModal(page, /向所选303个学会/)
  const outcome = page.locator('.taro-modal__content').filter({ visible: true })
  await waitForText(outcome, /已发给\d+个学会，\d+个无人可发/)
  expect(await textOf(outcome)).toMatch(/站内消息已发给\d+位填报人[\s\S]*个学会没有绑定的填报人，未能发出/)
  await shotBoth('progress-303-reminded')
  await confirmModal(page, /已发给\d+个学会，\d+个无人可发/)
  const row = progress.locator('.progress__row').filter({ hasText: '自治区导入学会012' })
  await waitForText(row.locator('.progress__reminder'), /已催报 .*孙填报/)
})

test('the filler who bound from the sheet finds the 催报 in the inbox and the countdown on home', async () => {
  await inAnotherBrowser('dev-new-filler-from-sheet', async (filler) => {
    await filler.goto('/#/pages/home/index')
    const home = shown(filler)
    await waitForText(home.locator('.home__title'), '自治区学会（协会、研究会）2023年度工作绩效评价自评表')
    expect(await textOf(home.locator('.deadline-notice'))).toBe(`填报截止：${chineseDate(DEADLINE)}，还剩 6 天`)
    await shot(filler, 'filler-home-2023-countdown')
    await filler.goto('/#/filler/inbox/index')
    const inbox = shown(filler)
    await waitForText(inbox.locator('.inbox__row').first(), /请尽快填报自评表/)
    await shot(filler, 'filler-inbox-reminder')
  })
})

test('the new reviewer’s 2023 list starts on the societies assigned to them, 全部 one tap away', async () => {
  await inAnotherBrowser('dev-new-invitee', async (reviewer) => {
    await reviewer.goto('/#/reviewer/pages/list/index')
    const list = shown(reviewer)
    await waitForText(list.locator('.review-list__title'), '2023年度学会自评审核')
    const scopes = list.locator('.review-list__scopes')
    await waitForText(scopes.locator('.chips__chip--on'), '我负责的')
    await waitForText(list.locator('.review-list__count'), `共 ${assignedToZheng} 个学会`)
    expect(await list.locator('.review-list__row').count()).toBeGreaterThan(0)
    await shot(reviewer, 'reviewer-2023-mine')
    await scopes.getByText('全部学会').tap()
    await waitForText(list.locator('.review-list__count'), '共 303 个学会')
    await shot(reviewer, 'reviewer-2023-all')
  })
})
