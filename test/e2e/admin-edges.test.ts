/**
 * The edges of 人员与邀请, 填报进度 and 学会管理 in the real H5 build, at phone and laptop width: an empty role tab,
 * an invitation that cannot be sent, a load that fails and is retried, a society name as long as the form allows,
 * a year in which every society has handed its form in, and a society added in its dialog (a name too long and a
 * phone refused, the buttons' words whole). Pictures go to test-artifacts/e2e-admin-edges/.
 */
import type { Browser, Locator, Page } from 'playwright-core'
import { getRubric, rubricItems } from '../../src/shared'
import { answersFor, bestAnswer } from '../shared/answer-builders'
import { asDevUser, button, field, mustCall, openAfresh, shown, textOf, waitForText } from './support/app'
import { launchChromium, phoneContext } from './support/browser'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { blockAction } from './support/network'
import { screenshots, shotAtBothWidths } from './support/shots'

const YEAR = 2022
const FILLER = 'dev-filler-1'
/** A society name near the longest allowed (60 characters), for the rows that show it. */
const LONG_NAME = '内蒙古自治区少数民族地区科学技术普及与科技成果转化暨青少年科技创新人才培养及乡村振兴科技服务促进研究会'

let emulator: E2eEmulator
let browser: Browser
let page: Page
let shot: ReturnType<typeof screenshots>
const pageErrors: string[] = []

const shotBoth = (name: string) => shotAtBothWidths(shot, page, name)

const openAdminPage = (path: string, ready: string) => openAfresh(page, `admin/pages/${path}/index`, ready)

/** Its words on one line inside its box (a squeezed tag or button wraps them, and its box clips what does not fit). */
const fitsOnOneLine = (box: Locator) =>
  box.evaluate((element) => {
    const bounds = element.getBoundingClientRect()
    const words: DOMRect[] = []
    const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const range = document.createRange()
      range.selectNodeContents(node)
      words.push(...[...range.getClientRects()].filter((r) => r.width > 0))
    }
    const lines = new Set(words.map((r) => Math.round(r.top))).size
    const inside = (r: DOMRect) => r.left >= bounds.left - 1 && r.right <= bounds.right + 1 && r.top >= bounds.top - 1 && r.bottom <= bounds.bottom + 1
    return lines === 1 && words.every(inside)
  })

/** Wholly inside `frame`'s box: seen without scrolling it. */
async function seenWhole(element: Locator, frame: Locator): Promise<boolean> {
  const [box, bounds] = [await element.boundingBox(), await frame.boundingBox()]
  return Boolean(box && bounds && box.y >= bounds.y && box.y + box.height <= bounds.y + bounds.height + 1)
}

/** The row's status tag shows its whole word. */
const tagFits = (row: Locator) => fitsOnOneLine(row.locator('.nut-tag'))

async function societyIdOf(name: string): Promise<string> {
  const { societies } = await mustCall(page.request, 'admin.listSocieties', {})
  return (societies as { id: string; name: string }[]).find((s) => s.name === name)!.id
}

beforeAll(async () => {
  shot = screenshots('e2e-admin-edges')
  emulator = await startE2eEmulator()
  browser = await launchChromium()
  const context = await phoneContext(browser, emulator.url)
  page = await context.newPage()
  page.setDefaultTimeout(20_000)
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.request.post('/api/dev/login', { data: { openid: 'dev-admin' } })
  await mustCall(page.request, 'admin.updateSociety', { societyId: await societyIdOf('自治区计算机学会'), name: LONG_NAME })
})

afterAll(async () => {
  await browser?.close()
  await emulator?.stop()
})

afterEach(() => expect(pageErrors).toEqual([]))

test('人员与邀请: an empty role tab says who will appear there; a long society name wraps under its filler', async () => {
  const view = await openAdminPage('people', '.people__title')
  await view.locator('.chips__chip').filter({ hasText: '无角色 0' }).tap()
  await waitForText(view.locator('.nut-empty'), /没有无角色的用户。被撤销的审核员、解除绑定的填报人会出现在这里。/)
  await shotBoth('people-no-role-empty')
  await view.locator('.chips__chip').filter({ hasText: '填报人 1' }).tap()
  await waitForText(view.locator('.people__user-society'), LONG_NAME)
  await shotBoth('people-filler-long-society-name')
})

test('人员与邀请: an invitation that cannot be sent says so, and the next try works', async () => {
  const view = shown(page)
  const blocked = await blockAction(page, 'admin.inviteReviewer')
  await field(view, '被邀请人').fill('赵审核')
  await button(view, '生成邀请码').tap()
  await view.locator('.people__error').waitFor()
  expect(blocked.attempts()).toBe(1)
  expect(await textOf(view.locator('.people__error'))).toBe('网络不可用，请检查网络后重试')
  await shotBoth('people-invite-failed')
  await blocked.release()
  await button(view, '生成邀请码').tap()
  await waitForText(view.locator('.people__made-label'), /^给 赵审核 的邀请码/)
  await view.locator('.people__error').waitFor({ state: 'detached' })
})

test('填报进度: a load that fails offers 重试, which loads it', async () => {
  const blocked = await blockAction(page, 'admin.progress')
  await page.goto('/#/admin/pages/progress/index')
  await page.reload()
  const view = shown(page)
  await waitForText(view.locator('.nut-empty'), /加载失败/)
  await shotBoth('progress-load-failed')
  await blocked.release()
  await button(view, '重试').tap()
  await waitForText(view.locator('.progress__title'), `${YEAR}年度填报进度（共3个学会）`)
})

test('填报进度: a society name as long as allowed wraps inside its row', async () => {
  const view = shown(page)
  const row = view.locator('.progress__row').filter({ hasText: LONG_NAME })
  await waitForText(row.locator('.progress__name'), LONG_NAME)
  expect(await tagFits(row)).toBe(true)
  await shotBoth('progress-long-name')
})

test('the reviewer’s list keeps the status tag whole beside that name', async () => {
  const context = await phoneContext(browser, emulator.url)
  try {
    const reviewer = await context.newPage()
    reviewer.on('pageerror', (error) => pageErrors.push(error.message))
    await reviewer.request.post('/api/dev/login', { data: { openid: 'dev-reviewer' } })
    await reviewer.goto('/#/reviewer/pages/list/index')
    const row = shown(reviewer).locator('.review-list__row').filter({ hasText: LONG_NAME })
    await waitForText(row.locator('.nut-tag'), '未开始')
    expect(await tagFits(row)).toBe(true)
    await shot(reviewer, 'reviewer-list-long-name')
  } finally {
    await context.close()
  }
})

test('填报进度: once every society has handed its form in, the list says there is no one to remind', async () => {
  for (const name of ['自治区农学会', '自治区医学会']) {
    await mustCall(page.request, 'admin.updateSociety', { societyId: await societyIdOf(name), active: false })
  }
  await asDevUser(emulator.url, FILLER, async (filler) => {
    const { version } = await mustCall(filler, 'submission.get', { year: YEAR })
    const items = rubricItems(getRubric(YEAR))
    await mustCall(filler, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: answersFor(items, bestAnswer) })
    await mustCall(filler, 'submission.submit', { year: YEAR })
  })
  const view = await openAdminPage('progress', '.progress__title')
  await waitForText(view.locator('.progress__title'), `${YEAR}年度填报进度（共1个学会）`)
  const counts = await view.locator('.progress__count').allInnerTexts()
  expect(counts.map((c) => c.replace(/\s+/g, ''))).toEqual(['0未开始', '0填写中', '1已提交', '0退回修改', '0已审核'])
  await waitForText(view.locator('.nut-empty'), /全部学会都已提交[\s\S]*没有需要催报的学会。/)
  expect(await view.locator('.progress__bar').count()).toBe(0)
  await shotBoth('progress-all-submitted')
})

test('学会管理: a society added in its dialog — a name too long and a wrong phone refused by name (nothing cut), the buttons whole, its code shown once added', async () => {
  let view = await openAdminPage('societies', '.societies__title')
  await button(view, '添加学会').tap()
  const dialog = page.locator('.nut-dialog').filter({ hasText: '添加学会' })
  await dialog.locator('.society-form').waitFor()
  for (const footerButton of await dialog.locator('.nut-dialog-footer .nut-button').all()) expect(await fitsOnOneLine(footerButton)).toBe(true)
  await waitForText(dialog.locator('.society-form__note'), '添加后生成本学会的绑定码，只显示这一次，请下载或打印后发给学会。')
  const tooLong = `${LONG_NAME}${'天文'.repeat(10)}`.slice(0, 61)
  await field(dialog, '学会名称').fill(tooLong)
  await waitForText(dialog.locator('.society-form__error'), '学会名称不能超过60字')
  expect(await field(dialog, '学会名称').inputValue()).toBe(tooLong)
  expect(await textOf(dialog.locator('.society-form__count--over'))).toBe('61/60')
  await button(dialog, '添加').tap()
  await shotBoth('societies-add-name-too-long')
  await field(dialog, '学会名称').fill('自治区天文学会')
  await field(dialog, '联系电话').fill('１２３４５')
  await button(dialog, '添加').tap()
  await waitForText(dialog.locator('.society-form__error'), /联系电话/)
  expect(await seenWhole(dialog.locator('.society-form__error'), dialog.locator('.nut-dialog-content'))).toBe(true)
  await shotBoth('societies-add-phone-refused')
  const names = (await mustCall(page.request, 'admin.listSocieties', {})).societies.map((s: { name: string }) => s.name)
  expect(names.filter((name: string) => name === '自治区天文学会' || name === tooLong)).toEqual([])

  await field(dialog, '联系电话').fill('0991-1234567')
  await button(dialog, '添加').tap()
  view = shown(page)
  await waitForText(view.locator('.codes__title'), /新登记：自治区天文学会/)
  const card = view.locator('.code-card').filter({ hasText: '自治区天文学会' })
  expect(await textOf(card.locator('.code-card__code'))).toMatch(/^[0-9A-Z]{8}$/)
  await shotBoth('societies-added-code')

  view = await openAdminPage('societies', '.societies__title')
  await waitForText(view.locator('.society-row').filter({ hasText: '自治区天文学会' }), /0991-1234567/)
})

test('on a laptop, the selection bars of 学会管理 and 填报进度 sit within the page’s column, not at the window’s far edges', async () => {
  await page.setViewportSize({ width: 1280, height: 800 })
  try {
    const withinColumn = async (root: string, bar: string) => {
      const view = shown(page)
      const [column, foot] = [await view.locator(root).first().boundingBox(), await view.locator(bar).boundingBox()]
      expect(column && foot).toBeTruthy()
      expect(column!.width).toBeLessThan(1280)
      expect(foot!.x).toBeCloseTo(column!.x, 0)
      expect(foot!.width).toBeCloseTo(column!.width, 0)
    }
    const societies = await openAdminPage('societies', '.society-row')
    await societies.locator('.society-row__check').first().tap()
    await withinColumn('.societies', '.societies__selection')
    await shot(page, 'societies-selection-1280')

    const progress = await openAdminPage('progress', '.progress__row')
    await progress.locator('.progress__row .nut-checkbox').first().tap()
    await withinColumn('.progress', '.progress__bar')
    await shot(page, 'progress-selection-1280')
  } finally {
    await page.setViewportSize({ width: 375, height: 812 })
  }
})
