/**
 * The review loop in two browsers at 375 px, through the UI: a society (dev-filler-1) submits; a reviewer
 * (dev-reviewer) finds it in the list among societies not started, changes two scores with comments, marks
 * one item 需修改 and returns it; the society reads the inbox and the reasons, fixes the item, resubmits; the
 * reviewer sees what changed, accepts the rest in one tap and finalizes; the society's home, result and item
 * pages show the final scores and comments. Setup only (the answers, two more societies) goes through the API.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { getRubric, rubricItems, scoreReview, type Answers } from '../../src/shared'
import { routes } from '../../src/shared/routes'
import { button, exactly, mustCall, shown, submitAndConfirm, textOf, waitForText } from './support/app'
import { launchChromium, phoneContext } from './support/browser'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { answerItem, itemPage } from './support/item-page'
import { PLAN, RETURN_FIX } from './support/plan'
import { screenshots } from './support/shots'

const YEAR = 2022
const rubric = getRubric(YEAR)
const items = rubricItems(rubric)
const itemOf = (id: string) => items.find((i) => i.id === id)!
const LONG_COMMENT =
  '科普活动的佐证材料不完整：全年申报12场，只有8场附有签到表和现场照片，其余4场仅有通知文件，无法证明活动实际举办。' +
  '按实际可核实的场次核减。请在下一年度的填报中为每一场活动上传签到表、现场照片和新闻报道链接，以便审核。'
const CHANGES = [
  { id: 'B6.4', score: '1', comment: '党建与学术活动结合有照片佐证，给满分' },
  { id: 'B8.1', score: '2,5', comment: LONG_COMMENT },
] as const
const RETURN_REASON = '请上传专职工作人员的劳动合同'

let emulator: E2eEmulator
let browser: Browser
const pageErrors: string[] = []
let shot: ReturnType<typeof screenshots>

interface Side {
  context: BrowserContext
  page: Page
}
let society: Side
let reviewer: Side

async function side(openid: string): Promise<Side> {
  const context = await phoneContext(browser, emulator.url)
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  page.on('pageerror', (error) => pageErrors.push(`${openid}: ${error.message}`))
  await page.request.post('/api/dev/login', { data: { openid } })
  return { context, page }
}

beforeAll(async () => {
  shot = screenshots('e2e-review-loop')
  emulator = await startE2eEmulator()
  browser = await launchChromium()
  society = await side('dev-filler-1')
  reviewer = await side('dev-reviewer')
  // Setup: two more registered societies that have not started, and the society's answers (the filler's own
  // typing of the whole form is the filler journey's subject).
  await mustCall(await adminRequest(), 'admin.registerSociety', { name: '自治区天文学会', contact: '0991-7654321' })
  await mustCall(await adminRequest(), 'admin.registerSociety', { name: '自治区地理学会' })
  const { version } = await mustCall(society.page.request, 'submission.get', { year: YEAR })
  const answers = Object.fromEntries(PLAN.map((p) => [p.id, p.answer]))
  await mustCall(society.page.request, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: answers })
})

let admin: Side | null = null
async function adminRequest() {
  admin ??= await side('dev-admin')
  return admin.page.request
}

afterAll(async () => {
  await browser?.close()
  await emulator?.stop()
})

afterEach(() => expect(pageErrors).toEqual([]))

const societyName = () => emulator.seed().societies[0]!.name

async function openHome(page: Page) {
  await page.goto(`/#${routes.home()}`)
  const view = shown(page)
  await view.locator('.home__status').waitFor()
  return view
}

async function openList(): Promise<Locator> {
  await reviewer.page.goto(`/#${routes.reviewerList()}`)
  const view = shown(reviewer.page)
  await view.locator('.review-list__row').first().waitFor()
  return view
}

const card = (view: Locator, id: string) => view.locator(`.review-item[data-item="${id}"]`)
// Taro H5's modal root has no box of its own (its parts are fixed-positioned): find the visible button inside it.
const modalButton = (page: Page, text: string) =>
  page.locator('.taro__modal .taro-modal__foot').getByText(exactly(text)).filter({ visible: true })

async function openDetail(list: Locator): Promise<Locator> {
  await list.locator('.review-list__row').filter({ hasText: societyName() }).tap()
  const view = shown(reviewer.page)
  await view.locator('.review-item').first().waitFor()
  await waitForText(view.locator('.review-detail__society'), societyName())
  return view
}

test('the society submits through the UI', async () => {
  const home = await openHome(society.page)
  await button(home, '提交前检查').tap()
  const submit = shown(society.page)
  await waitForText(submit.locator('.submit__complete'), `全部 ${items.length} 项已填写完整，可以提交。`)
  await submitAndConfirm(society.page)
  await waitForText(submit.locator('.status-screen__title'), '已提交')
})

test('the reviewer finds it in the list: counts per status, 未开始 included, marked 新; an empty search says so', async () => {
  const list = await openList()
  const tabs = await Promise.all((await list.locator('.review-list__tabs .chips__chip').all()).map(textOf))
  expect(tabs).toEqual(['全部 5', '已提交 1', '退回修改 0', '已审核 0', '填写中 0', '未开始 4'])
  const row = list.locator('.review-list__row').filter({ hasText: societyName() })
  await waitForText(row.locator('.review-list__new'), '新')
  expect(await list.locator('.review-list__row--idle').count()).toBe(4)
  await waitForText(list.locator('.review-list__row--idle').filter({ hasText: '自治区天文学会' }).locator('.review-list__meta'), /联系方式 0991-7654321/)
  await shot(reviewer.page, 'list-header-and-counts')

  await list.getByLabel('搜索学会名称').locator('input').fill('没有这个学会')
  await waitForText(list.locator('.nut-empty'), /没有符合条件的学会/)
  await shot(reviewer.page, 'list-empty-search')
  await list.getByLabel('搜索学会名称').locator('input').fill('')
  await list.locator('.review-list__row').filter({ hasText: societyName() }).waitFor()

  await list.locator('.chips__chip').filter({ hasText: exactly('未开始 4') }).tap()
  await list.locator('.review-list__row').filter({ hasText: societyName() }).waitFor({ state: 'detached' })
  await waitForText(list.locator('.review-list__count'), '共 4 个学会')
  expect(await list.locator('.review-list__row').count()).toBe(4)
  await list.locator('.chips__chip').filter({ hasText: exactly('全部 5') }).tap()
  await list.locator('.review-list__row').filter({ hasText: societyName() }).waitFor()
})

test('the reviewer changes two scores with comments (one typed and left to save itself), marks B1.2 需修改 and returns it', async () => {
  const view = await openDetail(await openList())
  await shot(reviewer.page, 'detail-header', { whole: false })
  for (const [i, change] of CHANGES.entries()) {
    const item = card(view, change.id)
    await item.getByLabel(`${change.id} 最终得分`).locator('input').fill(change.score)
    await item.locator('textarea').fill(change.comment)
    // The first is saved with 保存; the second is left to autosave.
    if (i === 0) await button(item, '保存').tap()
    await waitForText(item.locator('.score-pair__final'), `最终 ${change.score.replace(',', '.')}分`)
  }
  await card(view, 'B8.1').scrollIntoViewIfNeeded()
  await shot(reviewer.page, 'detail-long-comment', { whole: false })
  const saved = await mustCall(reviewer.page.request, 'review.get', { submissionId: await submissionId() })
  expect(saved.review.items['B8.1']).toMatchObject({ finalScore: 2.5, comment: LONG_COMMENT, reviewer: expect.any(String) })

  await card(view, RETURN_FIX.id).locator('.review-item__mark').tap()
  await button(view, '退回修改（1项）').tap()
  const dialog = reviewer.page.locator('.nut-dialog').filter({ visible: true })
  await dialog.locator('.return-dialog__item textarea').fill(RETURN_REASON)
  await shot(reviewer.page, 'return-dialog', { whole: false })
  await dialog.locator('.nut-dialog-footer-ok').tap()
  await waitForText(view.locator('.review-detail__title-row'), /退回修改/)
})

async function submissionId(): Promise<string> {
  const { rows } = await mustCall(reviewer.page.request, 'review.list', { year: YEAR, search: societyName() })
  return rows[0].id
}

test('the society sees the inbox entry and the reasons, fixes the item and resubmits', async () => {
  let home = await openHome(society.page)
  await waitForText(home.locator('.home__status'), '退回修改')
  await home.getByText(exactly('消息')).first().tap()
  const inbox = shown(society.page)
  await waitForText(inbox.locator('.inbox__row').first().locator('.inbox__title'), '自评表已退回修改')
  await shot(society.page, 'society-inbox')

  home = await openHome(society.page)
  await button(home, '修改退回项').tap()
  const item = await itemPage(society.page, RETURN_FIX.id)
  await waitForText(item.locator('.item-page__returned-text'), RETURN_REASON)
  await answerItem(item, itemOf(RETURN_FIX.id), RETURN_FIX.answer, RETURN_FIX.points)
  await item.locator('.save-indicator--saved').waitFor()
  await shot(society.page, 'society-fixed-item')

  home = await openHome(society.page)
  await button(home, '提交前检查').tap()
  const submit = shown(society.page)
  await submitAndConfirm(society.page, '重新提交')
  await waitForText(submit.locator('.status-screen__title'), '已提交')
})

test('the reviewer sees what changed, accepts the rest in one tap and finalizes', async () => {
  await reviewer.page.goto(`/#${routes.inbox()}`)
  const inbox = shown(reviewer.page)
  await waitForText(inbox.locator('.inbox__row').first().locator('.inbox__title'), '重新提交的自评表')
  await shot(reviewer.page, 'reviewer-inbox')

  const view = await openDetail(await openList())
  const changes = view.locator('.review-changes')
  await waitForText(changes.locator('.review-changes__title'), '退回后修改了 1 项')
  await changes.scrollIntoViewIfNeeded()
  expect(await textOf(changes.locator('.review-changes__name'))).toBe(`${RETURN_FIX.id} ${itemOf(RETURN_FIX.id).indicator}`)
  expect(await textOf(changes.locator('.review-changes__before'))).toMatch(/^修改前：/)
  expect(await textOf(changes.locator('.review-changes__after'))).toMatch(/^修改后：/)
  await shot(reviewer.page, 'detail-changes-since-return', { whole: false })

  await button(view, `采纳其余自评分（${items.length - CHANGES.length}项未审核）`).tap()
  await modalButton(reviewer.page, '全部采纳').tap()
  await view.locator('.review-detail__accept').waitFor({ state: 'detached' })
  await button(view, '审核通过').tap()
  await modalButton(reviewer.page, '审核通过').tap()
  await waitForText(view.locator('.review-detail__title-row'), /已审核/)
  await view.locator('.review-history__head').tap()
  await waitForText(view.locator('.review-history__title').last(), /^审核通过，最终得分/)
  await view.locator('.review-history').scrollIntoViewIfNeeded()
  await shot(reviewer.page, 'detail-finalized-history', { whole: false })
})

test('the society’s home, result page and item page show the final scores and comments; every total is the engine’s', async () => {
  const saved = await mustCall(society.page.request, 'submission.result', { year: YEAR })
  const answers = saved.answers as Answers
  const finals = Object.fromEntries(items.map((i) => [i.id, saved.selfScore.items[i.id] ?? 0]))
  for (const c of CHANGES) finals[c.id] = Number(c.score.replace(',', '.'))
  const engine = scoreReview(rubric, answers, finals)
  expect(saved.finalScore.total).toBe(engine.total)

  const home = await openHome(society.page)
  await waitForText(home.locator('.home__status'), '已审核')
  expect(await textOf(home)).toContain(String(engine.total))
  await shot(society.page, 'society-home-final')

  await society.page.goto(`/#${routes.result(YEAR)}`)
  const result = shown(society.page)
  await result.locator('.result__item').first().waitFor()
  const totals = await Promise.all((await result.locator('.result__total-value').all()).map(textOf))
  expect(totals).toEqual([String(saved.selfScore.total), String(engine.total), '110'])
  for (const c of CHANGES) {
    expect(await textOf(result.locator('.result__item').filter({ hasText: c.id }).first())).toContain(`审核意见：${c.comment}`)
  }
  await result.locator('.review-history__head').tap()
  await waitForText(result.locator('.review-history__title').first(), /^提交自评表/)
  await result.locator('.review-history').scrollIntoViewIfNeeded()
  await shot(society.page, 'society-result-with-history', { whole: false })

  await society.page.goto(`/#${routes.item('B8.1', YEAR)}`)
  const item = shown(society.page)
  await waitForText(item.locator('.item-page__outcome-comment'), `审核意见：${LONG_COMMENT}`)
  expect(await textOf(item.locator('.item-page__outcome'))).toContain('2.5')
  await shot(society.page, 'society-item-final')
})

test('on a laptop (1280 px) the reviewer’s list and detail keep CSS pixels: readable rows, controls of their size', async () => {
  await reviewer.page.setViewportSize({ width: 1280, height: 800 })
  const list = await openList()
  const title = list.locator('.review-list__title')
  // The rem root stays at the phone design's: a 17 px title on a phone is 17 px on a laptop.
  expect(await title.evaluate((e) => getComputedStyle(e).fontSize)).toBe('17px')
  await shot(reviewer.page, 'list-1280')
  const view = await openDetail(list)
  await waitForText(view.locator('.review-detail__title-row'), /已审核/)
  await shot(reviewer.page, 'detail-1280', { whole: false })
  await reviewer.page.setViewportSize({ width: 375, height: 812 })
})
