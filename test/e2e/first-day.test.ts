/**
 * The first day of a new deployment, walked in the real H5 build over an emulator started as `DEMO=0
 * ADMIN_SETUP_CODE=… npm start` would: no societies, no users. A new user picks a fresh identity on the
 * dev-login page, lands on the bind page, follows 我是管理员, is refused a wrong setup code, claims admin with
 * the right one and lands on the admin console; a second new user is then refused. The admin imports
 * societies from a CSV made here, and invites a reviewer who accepts in a browser of their own. Pictures at
 * 375 px (and 1280 px for the admin's pages) go to test-artifacts/e2e-first-day/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { button, cell, field, mustCall, shown, textOf, waitForText } from './support/app'
import { launchChromium, phoneContext } from './support/browser'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { screenshots, shotAtBothWidths } from './support/shots'
import { csvText } from '../cloud/import-fixtures'

const SETUP_CODE = 'first-day-Setup_2024'
const SOCIETIES = [
  ['学会名称', '联系人', '联系电话'],
  ['自治区地理学会', '周秘书长', '13912345678'],
  ['自治区中西医结合学会（含基层分会与青年工作委员会）', '吴老师', '0471-6281234'],
  ['自治区气象学会', '郑老师', ''],
]

let emulator: E2eEmulator
let browser: Browser
let context: BrowserContext
let page: Page
let shot: ReturnType<typeof screenshots>
const pageErrors: string[] = []

async function newPage(c: BrowserContext): Promise<Page> {
  const p = await c.newPage()
  p.setDefaultTimeout(20_000)
  p.on('pageerror', (error) => pageErrors.push(error.message))
  return p
}

const shotBoth = (p: Page, name: string) => shotAtBothWidths(shot, p, name)

/** From home, unbound: the bind page, then its 我是管理员 link. */
async function openClaimPage(p: Page) {
  await p.goto('/#/pages/home/index')
  await p.waitForURL(/#\/filler\/bind\/index/)
  await shown(p).getByText('我是管理员 ›').tap()
  await p.waitForURL(/#\/filler\/claim-admin\/index/)
  const view = shown(p)
  await view.locator('.claim-admin__title').waitFor()
  return view
}

beforeAll(async () => {
  shot = screenshots('e2e-first-day')
  emulator = await startE2eEmulator({ demo: false, adminSetupCode: SETUP_CODE })
  browser = await launchChromium()
  context = await phoneContext(browser, emulator.url)
  page = await newPage(context)
})

afterAll(async () => {
  await browser?.close()
  await emulator?.stop()
})

afterEach(() => expect(pageErrors).toEqual([]))

test('without the demo there is nobody: the dev-login page offers only a new identity, and nobody is admin', async () => {
  await page.goto('/#/pages/dev-login/index')
  const view = shown(page)
  const identities = view.locator('.nut-cell').filter({ hasText: '新用户' })
  await identities.first().waitFor()
  expect(await view.locator('.nut-cell').filter({ hasText: /填报人|审核员|管理员/ }).count()).toBe(0)
  await shot(page, 'dev-login-no-demo')
  expect((await mustCall(page.request, 'admin.listSocieties', {}).catch((e: Error) => e.message)) as string).toMatch(/FORBIDDEN|NOT_BOUND|UNAUTHENTICATED/)
  await identities.first().tap()
  await page.waitForURL(/#\/filler\/bind\/index/)
  await waitForText(shown(page).locator('.bind__invite-text').last(), '我是管理员 ›')
  await shot(page, 'bind-with-admin-link')
})

test('a wrong setup code is refused on the field; the right one makes this user the admin', async () => {
  const view = await openClaimPage(page)
  await shot(page, 'claim-admin-empty')
  await button(view, '成为管理员').tap()
  await waitForText(view.locator('.claim-admin__error'), '请填写管理员设置码')
  await field(view, '管理员设置码').fill('first-day-Setup_2025')
  await button(view, '成为管理员').tap()
  await waitForText(view.locator('.claim-admin__error'), '管理员设置码不正确，请向部署人员核实')
  await shot(page, 'claim-admin-wrong-code')
  expect(await mustCall(page.request, 'account.whoami', {})).toMatchObject({ role: null })

  await field(view, '管理员设置码').fill(` ${SETUP_CODE} `)
  await button(view, '成为管理员').tap()
  await page.waitForURL(/#\/admin\/pages\/index\/index/)
  for (const entry of ['学会管理', '导入学会', '人员与邀请']) await cell(shown(page), entry).first().waitFor()
  await shotBoth(page, 'admin-home-after-claim')
  expect(await mustCall(page.request, 'account.whoami', {})).toMatchObject({ role: 'admin' })
})

test('a second new user is refused the same code: there is an admin already', async () => {
  const other = await phoneContext(browser, emulator.url)
  try {
    const p = await newPage(other)
    await p.request.post('/api/dev/login', { data: { openid: 'dev-new-second' } })
    const view = await openClaimPage(p)
    await field(view, '管理员设置码').fill(SETUP_CODE)
    await button(view, '成为管理员').tap()
    await waitForText(view.locator('.claim-admin__error--form'), /本服务已有管理员，管理员设置码已失效/)
    await shot(p, 'claim-admin-refused-second')
    expect(await mustCall(p.request, 'account.whoami', {})).toMatchObject({ role: null })
  } finally {
    await other.close()
  }
})

test('the new admin imports the societies from a CSV and gets their binding codes', async () => {
  await page.goto('/#/admin/pages/import/index')
  const view = shown(page)
  await view.locator('.import').first().waitFor()
  const chooser = page.waitForEvent('filechooser')
  await button(view, '选择文件').tap()
  await (await chooser).setFiles({ name: '学会名单.csv', mimeType: 'text/csv', buffer: Buffer.from(csvText(SOCIETIES), 'utf8') })
  await view.locator('.import-preview').waitFor()
  expect(await textOf(view.locator('.import-preview__summary'))).toContain('将登记 3 个学会')
  await shotBoth(page, 'import-preview')
  await button(view, '确认导入 3 个学会').tap()
  await page.waitForURL(/#\/admin\/pages\/codes\/index/)
  await waitForText(shown(page).locator('.codes__title'), /导入完成：登记 3 个学会/)
  await shotBoth(page, 'codes-after-import')
  const { societies } = await mustCall(page.request, 'admin.listSocieties', {})
  expect(societies.map((s: { name: string }) => s.name).sort()).toEqual(SOCIETIES.slice(1).map((r) => r[0]).sort())
})

test('the new admin invites a reviewer, who accepts in a browser of their own', async () => {
  await page.goto('/#/admin/pages/people/index')
  const view = shown(page)
  await view.locator('.people').first().waitFor()
  await field(view, '被邀请人').fill('郑审核')
  await button(view, '生成邀请码').tap()
  await waitForText(view.locator('.people__made-label'), /^给 郑审核 的邀请码/)
  const code = (await textOf(view.locator('.people__made-code'))).replace(/\s/g, '')
  await shotBoth(page, 'people-invite-code')

  const other = await phoneContext(browser, emulator.url)
  try {
    const reviewer = await newPage(other)
    await reviewer.request.post('/api/dev/login', { data: { openid: 'dev-new-reviewer' } })
    await reviewer.goto('/#/pages/home/index')
    await reviewer.waitForURL(/#\/filler\/bind\/index/)
    await shown(reviewer).getByText('审核员？使用管理员给您的邀请码 ›').tap()
    const invite = shown(reviewer)
    await field(invite, '邀请码').fill(code)
    await field(invite, '姓名').fill('郑明')
    await button(invite, '成为审核员').tap()
    await reviewer.waitForURL(/#\/reviewer\/pages\/list\/index/)
    await shown(reviewer).getByText('自治区地理学会').first().waitFor()
    await shot(reviewer, 'reviewer-list-first-day')
  } finally {
    await other.close()
  }
})
