/**
 * 自动提醒, walked in the real H5 build: the admin types a schedule in 年度设置 (wrong ones are named as typed),
 * sees who each day would reach — an unsubmitted society with no filler counted apart —, saves `[3, 1]`; the
 * dev route runs the timers as at the third and the last day before the deadline, twice each: one reminder per
 * unsubmitted society each day, none to the society that submitted; the filler finds both in the inbox.
 * Pictures at 375 px and 1280 px.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { chineseDate, getRubric, reminderDay, rubricItems } from '../../src/shared'
import { answersFor, bestAnswer } from '../shared/answer-builders'
import { asDevUser, button, field, mustCall, openAfresh, shown, waitForText } from './support/app'
import { launchChromium, signedInPage } from './support/browser'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { screenshots } from './support/shots'
import { dayFromToday } from './support/year-steps'

const YEAR = 2022
/** A long name (48 characters), to see it wrap in the preview. */
const NO_FILLER = '新疆维吾尔自治区少数民族古籍整理与非物质文化遗产保护研究会第二届理事会秘书处联络办公室尚无填报人'
const DEADLINE = dayFromToday(10)
/** 10:00 in Beijing on a day of the schedule. */
const morningOf = (daysBefore: number) => `${reminderDay(DEADLINE, daysBefore)}T10:00:00+08:00`

let emulator: E2eEmulator
let browser: Browser
const contexts: BrowserContext[] = []
let shot: ReturnType<typeof screenshots>
const pageErrors: string[] = []

const signedIn = (openid: string, width = 375): Promise<Page> => signedInPage(browser, emulator.url, openid, { contexts, pageErrors }, { width })

const openYears = (page: Page) => openAfresh(page, 'admin/pages/years/index', '.reminder-schedule')

/** A new user binds to the seeded society `name` with a code the admin reissues. */
async function bindNewFiller(admin: Page, name: string, openid: string): Promise<void> {
  const { societies } = await mustCall(admin.request, 'admin.listSocieties', {})
  const society = (societies as { id: string; name: string }[]).find((s) => s.name === name)!
  const { bindingCode } = await mustCall(admin.request, 'admin.reissueCode', { societyId: society.id })
  await asDevUser(emulator.url, openid, (request) => mustCall(request, 'account.bind', { bindingCode, name: '赵强', phone: '13900139000' }))
}

const runTimers = async (page: Page, now: string) => {
  const response = await page.request.post('/api/dev/run-timers', { data: { now } })
  expect(response.status()).toBe(200)
  const { data } = (await response.json()) as { data: { reminders: { name: string; day: string }[] } }
  return data.reminders.map((r) => `${r.name} ${r.day}`).sort()
}

let admin: Page

beforeAll(async () => {
  shot = screenshots('reminder-schedule')
  emulator = await startE2eEmulator()
  browser = await launchChromium()
  admin = await signedIn('dev-admin')
  // 自治区计算机学会 (dev-filler-1) and 自治区农学会 have not submitted; 自治区医学会 has; a fourth has no filler.
  await mustCall(admin.request, 'admin.updateYear', { year: YEAR, deadline: DEADLINE })
  await bindNewFiller(admin, '自治区农学会', 'dev-new-nongxue')
  await bindNewFiller(admin, '自治区医学会', 'dev-new-yixue')
  await asDevUser(emulator.url, 'dev-new-yixue', async (request) => {
    const { version } = await mustCall(request, 'submission.get', { year: YEAR })
    const patch = answersFor(rubricItems(getRubric(YEAR)), bestAnswer)
    await mustCall(request, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch })
    await mustCall(request, 'submission.submit', { year: YEAR })
  })
  await mustCall(admin.request, 'admin.registerSociety', { name: NO_FILLER, contact: '周老师' })
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await emulator?.stop()
})

test('a schedule typed wrong is named as it is typed, and cannot be saved', async () => {
  const years = await openYears(admin)
  const card = years.locator('.reminder-schedule')
  await waitForText(card.locator('.reminder-schedule__value'), '当前：未设置自动提醒')
  const input = field(card, '自动提醒的提前天数')
  const outOfRange = (typed: string) => `自动提醒：提前天数应为1到60之间的整数，“${typed}”不是`
  for (const [typed, message] of [
    ['3, 3', '自动提醒：提前天数不能重复'],
    ['1e3', outOfRange('1e3')],
    ['4.5', outOfRange('4.5')],
    ['90', outOfRange('90')],
    ['7 6 5 4 3 2', '自动提醒：最多设置5个提醒日'],
    ['三天', outOfRange('三天')],
  ]) {
    await input.fill(typed!)
    await waitForText(card.locator('.reminder-schedule__error'), message!)
    expect(await button(card, '保存自动提醒').getAttribute('class')).toMatch(/disabled/)
  }
  await input.fill('1e3')
  await shot(admin, 'years-reminder-bad-input')
})

test('the admin sees who each day would reach before saving [3, 1] (typed in full-width digits)', async () => {
  const card = shown(admin).locator('.reminder-schedule')
  await field(card, '自动提醒的提前天数').fill('３，１')
  const days = card.locator('.reminder-schedule__day')
  await waitForText(days.first(), new RegExp(`^截止前3天 · ${chineseDate(reminderDay(DEADLINE, 3))}`))
  const texts = (await days.allInnerTexts()).map((t) => t.replace(/\s+/g, ''))
  expect(texts).toEqual(
    [3, 1].map(
      (n) =>
        `截止前${n}天·${chineseDate(reminderDay(DEADLINE, n))}将提醒2个未提交的学会：自治区计算机学会、自治区农学会` +
        `1个未提交的学会没有绑定填报人，收不到提醒：${NO_FILLER}`,
    ),
  )
  await shot(admin, 'years-reminder-preview')
  await button(card, '保存自动提醒').tap()
  await waitForText(card.locator('.reminder-schedule__value'), '当前：截止前3、1天提醒')

  // What the server stored, after a reload.
  const again = await openYears(admin)
  await waitForText(again.locator('.reminder-schedule__value'), '当前：截止前3、1天提醒')
  expect(await field(again, '自动提醒的提前天数').inputValue()).toBe('3, 1')
  const { years } = await mustCall(admin.request, 'review.years', {})
  expect(years.find((y: { year: number }) => y.year === YEAR).reminderDaysBefore).toEqual([3, 1])
})

test('年度设置 with the schedule and its preview on a laptop', async () => {
  const wide = await signedIn('dev-admin', 1280)
  const years = await openYears(wide)
  await years.locator('.reminder-schedule__day').first().waitFor()
  await shot(wide, 'years-reminder-1280')
})

test('the timers send one reminder per unsubmitted society on each day, however often they run', async () => {
  const unsubmitted = (n: number) => [`自治区农学会 ${reminderDay(DEADLINE, n)}`, `自治区计算机学会 ${reminderDay(DEADLINE, n)}`].sort()
  expect(await runTimers(admin, morningOf(3))).toEqual(unsubmitted(3))
  expect(await runTimers(admin, morningOf(3))).toEqual([])
  expect(await runTimers(admin, morningOf(2))).toEqual([])
  expect(await runTimers(admin, morningOf(1))).toEqual(unsubmitted(1))
  expect(await runTimers(admin, morningOf(1))).toEqual([])

  // None to the society that submitted.
  const submittedInbox = await asDevUser(emulator.url, 'dev-new-yixue', (request) => mustCall(request, 'notifications.list', {}))
  expect(submittedInbox.rows.filter((n: { kind: string }) => n.kind === 'reminder')).toEqual([])
})

test('the filler finds both reminders in the inbox', async () => {
  const filler = await signedIn('dev-filler-1')
  await filler.goto('/#/filler/inbox/index')
  await filler.reload()
  const inbox = shown(filler)
  const rows = inbox.locator('.inbox__row')
  await waitForText(rows.first(), /请尽快填报自评表/)
  const texts = (await rows.allInnerTexts()).join('\n')
  expect(texts).toContain(`填报截止：${chineseDate(DEADLINE)}（明天截止）`)
  expect(texts).toContain(`填报截止：${chineseDate(DEADLINE)}（3天后截止）`)
  expect(await rows.count()).toBe(2)
  await shot(filler, 'filler-inbox-reminders')
  expect(pageErrors).toEqual([])
})
