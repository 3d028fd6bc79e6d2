/**
 * 填报进度 shows, per society, whom to call — the contact registered for it and the fillers bound to it in the
 * app, each with a number or why there is none — and whether its filler can get a WeChat message now (持有提醒次数
 * N, one per consent given) or only the inbox (仅站内消息); a 催报 uses one credit per message sent and says who
 * got the inbox only. Real H5 build in Chromium at 375 and 1280 px; pictures in test-artifacts/e2e-progress-credits/.
 */
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { openSqliteStore } from '../../emulator/store/sqlite-store'
import { EMULATOR_TEMPLATE_ID } from '../../emulator/outbox-notifier'
import { asDevUser, button, mustCall, shown, textOf, waitForText } from './support/app'
import { launchChromium, phoneContext } from './support/browser'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { screenshots, shotAtBothWidths } from './support/shots'
import { confirmModal } from './support/year-steps'

const CREDITED = '自治区计算机学会' // dev-filler-1, 李晓梅
const INBOX_ONLY = '自治区农学会' // bound below by a filler who never consented
const UNBOUND = '自治区医学会'
/** A second filler of INBOX_ONLY: a name as long as allowed, and no phone (an account from before phones were asked). */
const LONG_FILLER = '阿卜杜热合曼·买买提依明·艾则孜·吐尔逊·热合木图拉·阿布都'

const pageErrors: string[] = []
let shot: ReturnType<typeof screenshots>
let emulator: E2eEmulator
let browser: Browser
let page: Page

const shotBoth = (name: string) => shotAtBothWidths(shot, page, name)

async function openProgress() {
  await page.goto('/#/admin/pages/progress/index')
  await page.reload()
  const view = shown(page)
  await view.locator('.progress__row').first().waitFor()
  return view
}

const consent = (openid: string, accepted: boolean) =>
  asDevUser(emulator.url, openid, (filler) => mustCall(filler, 'account.recordSubscribeConsent', { templateId: EMULATOR_TEMPLATE_ID, accepted }))

beforeAll(async () => {
  shot = screenshots('e2e-progress-credits')
  emulator = await startE2eEmulator()
  browser = await launchChromium()
  const code = emulator.seed().societies.find((s) => s.name === INBOX_ONLY)!.bindingCode
  await asDevUser(emulator.url, 'dev-new-inbox-only', (user) =>
    mustCall(user, 'account.bind', { bindingCode: code, name: '王填报', phone: '13900139000' }),
  )
  await asDevUser(emulator.url, 'dev-new-no-phone', (user) =>
    mustCall(user, 'account.bind', { bindingCode: code, name: LONG_FILLER, phone: '13900139001' }),
  )
  const store = openSqliteStore(join(emulator.dataDir, 'emulator.sqlite'))
  await store.putUser({ ...(await store.getUser('dev-new-no-phone'))!, phone: '' })
  store.close()
  // As the mini-program records them: two acceptances (提交, 截止前提醒我) and one refusal.
  await consent('dev-filler-1', true)
  await consent('dev-filler-1', true)
  await consent('dev-new-inbox-only', false)
  const context = await phoneContext(browser, emulator.url)
  page = await context.newPage()
  page.setDefaultTimeout(20_000)
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.request.post('/api/dev/login', { data: { openid: 'dev-admin' } })
})

afterAll(async () => {
  await browser?.close()
  await emulator?.stop()
})

afterEach(() => expect(pageErrors).toEqual([]))

const creditsOf = (view: ReturnType<typeof shown>, name: string) =>
  textOf(view.locator('.progress__row').filter({ hasText: name }).locator('.progress__credits'))

test('each society says whether a WeChat message can reach it now, with a count above the list', async () => {
  const view = await openProgress()
  await waitForText(view.locator('.progress__row').filter({ hasText: CREDITED }).locator('.progress__credits'), '微信提醒：持有提醒次数 2')
  expect(await creditsOf(view, INBOX_ONLY)).toBe('微信提醒：仅站内消息')
  expect(await creditsOf(view, UNBOUND)).toBe('微信提醒：仅站内消息')
  expect(await textOf(view.locator('.progress__credit-summary'))).toBe(
    '微信提醒：1个学会的填报人持有提醒次数（催报同时发微信消息），其余2个只收到站内消息',
  )
  await shotBoth('progress-credits')
})

/** The row's lines of whom to call, spaces normalised. */
const callLines = async (view: ReturnType<typeof shown>, name: string) =>
  (await view.locator('.progress__row').filter({ hasText: name }).locator('.progress__contact').allInnerTexts()).map((t) =>
    t.replace(/\s+/g, ' ').trim(),
  )

test('each row shows the registered contact and every bound filler, each with a number to call or why not', async () => {
  const view = shown(page)
  expect(await callLines(view, CREDITED)).toEqual(['联系人：赵秘书长 0471-6281234 拨打', '填报人：李晓梅 13800138001 拨打'])
  expect(await callLines(view, INBOX_ONLY)).toEqual([
    '联系人：钱老师 0471-6295678 拨打',
    '填报人：王填报 13900139000 拨打',
    `填报人：${LONG_FILLER} 未留电话`,
  ])
  expect(await callLines(view, UNBOUND)).toEqual(['联系人：孙主任 0471-6243210 拨打', '填报人：未绑定填报人'])
  await view.locator('.progress__row').filter({ hasText: INBOX_ONLY }).scrollIntoViewIfNeeded()
  await shotBoth('progress-contacts')
})

test('a 催报 sends a WeChat message where a credit is held, uses it, and names who got the inbox only', async () => {
  const view = shown(page)
  for (const name of [CREDITED, INBOX_ONLY]) await view.locator('.progress__row').filter({ hasText: name }).locator('.progress__name').tap()
  await button(view, '催报所选').tap()
  await confirmModal(page, /向所选2个学会/)
  // The outcome modal: a line per filler, with the society.
  const outcome = page.getByText(/自治区计算机学会｜李晓梅：订阅消息已发出/).filter({ visible: true }).first()
  await outcome.waitFor()
  expect(await outcome.innerText()).toMatch(/自治区农学会｜王填报：没有提醒次数，未发订阅消息（仅站内消息）/)
  await shotBoth('progress-credits-reminded')
  await confirmModal(page, /已发给2个学会/)

  await waitForText(view.locator('.progress__row').filter({ hasText: CREDITED }).locator('.progress__credits'), '微信提醒：持有提醒次数 1')
  expect(await creditsOf(view, INBOX_ONLY)).toBe('微信提醒：仅站内消息')
  const outbox = (await (await page.request.get('/api/dev/outbox')).json()).data as { openid: string; kind: string }[]
  expect(outbox.map((m) => [m.openid, m.kind])).toEqual([['dev-filler-1', 'reminder']])

  // After a reload, as the admin would see it the next day.
  const again = await openProgress()
  await waitForText(again.locator('.progress__row').filter({ hasText: CREDITED }).locator('.progress__credits'), '微信提醒：持有提醒次数 1')
  await waitForText(again.locator('.progress__row').filter({ hasText: INBOX_ONLY }).locator('.progress__reminder'), /王填报：没有提醒次数/)
  await shotBoth('progress-credits-after-reload')
})
