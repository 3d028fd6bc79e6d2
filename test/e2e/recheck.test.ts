/**
 * What follows a review (issue 22), through the UI: the society (dev-filler-1, 375 px) submits, withdraws, edits
 * and resubmits; once a reviewer has opened it, 撤回 is refused with the reason; the reviewer finalizes; the admin
 * (1280 px) publishes (partially, confirmed: the two other demo societies have not started); the society adds a
 * photo to a disputed item before sending (only that photo removable) and asks 复核 on two items with reasons; the reviewer (list and detail at 1280 px) keeps one and changes the other; the
 * society sees the new total and grade; after `until` a new request is refused; the year closes.
 * Setup only (the answers) goes through the API; `until` passing is the publication's day moved into the past in
 * the emulator's database, as a day going by would.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import type { Browser, BrowserContext, Locator, Page, Route } from 'playwright-core'
import { getRubric, rubricItems } from '../../src/shared'
import { routes } from '../../src/shared/routes'
import { button, mustCall, callApi, shown, submitAndConfirm, textOf, waitForText } from './support/app'
import { launchChromium, phoneContext } from './support/browser'
import { watchAction } from './support/network'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { answerItem, itemPage } from './support/item-page'
import { PLAN, RESUBMITTED_TOTAL, RETURN_FIX } from './support/plan'
import { screenshots } from './support/shots'
import { confirmModal, dayFromToday } from './support/year-steps'
import { encodeJpeg, syntheticScene } from '../../bench/evidence/synthetic-photos'
import { execFileSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'

const YEAR = 2022
const PDFTOTEXT = '/usr/bin/pdftotext'
const items = rubricItems(getRubric(YEAR))
const itemOf = (id: string) => items.find((i) => i.id === id)!
const KEEP = { id: 'B6.4', reason: '党建与学术活动结合开展了两次，见补充的活动照片', comment: '两次活动中一次为学术年会的固定议程，维持原分' }
const CHANGE = { id: 'B8.1', reason: '全年科普活动12场、受众约3000人，签到表已补齐', score: '6', comment: '签到表和现场照片齐全，改为满分' }
const UNTIL = dayFromToday(7)

/** One signed-in user's browser tab: the society at 375 px, the reviewer and the admin at 1280 px. */
type Side = { context: BrowserContext; page: Page }
let emulator: E2eEmulator, browser: Browser, shot: ReturnType<typeof screenshots>
let society: Side, reviewer: Side, admin: Side
const pageErrors: string[] = []

async function side(openid: string, width = 375): Promise<Side> {
  const context = await phoneContext(browser, emulator.url)
  const page = await context.newPage()
  if (width !== 375) await page.setViewportSize({ width, height: 800 })
  page.setDefaultTimeout(20_000)
  page.on('pageerror', (error) => pageErrors.push(`${openid}: ${error.message}`))
  await page.request.post('/api/dev/login', { data: { openid } })
  return { context, page }
}

beforeAll(async () => {
  shot = screenshots('e2e-recheck')
  emulator = await startE2eEmulator()
  browser = await launchChromium()
  society = await side('dev-filler-1')
  reviewer = await side('dev-reviewer', 1280)
  admin = await side('dev-admin', 1280)
  const { version } = await mustCall(society.page.request, 'submission.get', { year: YEAR })
  const answers = Object.fromEntries(PLAN.map((p) => [p.id, p.answer]))
  await mustCall(society.page.request, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: answers })
  // Three photos of the evidence (of the two items the society will dispute), for the PDF.
  const societyId = emulator.seed().societies[0]!.id
  for (const [seed, itemId] of [[1, CHANGE.id], [2, CHANGE.id], [3, KEEP.id]] as const) {
    const fileId = `evidence/${societyId}/${YEAR}/${itemId}/photo${seed}.jpg`
    const photo = Buffer.from(encodeJpeg(syntheticScene(seed, 1200, 900), 85))
    const uploaded = await society.page.request.post(`/api/upload?fileId=${encodeURIComponent(fileId)}`, { data: photo, headers: { 'content-type': 'image/jpeg' } })
    const { data } = (await uploaded.json()) as { data: { fileId: string } }
    await mustCall(society.page.request, 'submission.addPhoto', { year: YEAR, itemId, fileId: data.fileId })
  }
})

afterAll(async () => {
  await browser?.close()
  await emulator?.stop()
})

afterEach(() => expect(pageErrors).toEqual([]))

const societyName = () => emulator.seed().societies[0]!.name

async function openHome(page: Page): Promise<Locator> {
  await page.goto(`/#${routes.home()}`)
  const view = shown(page)
  await view.locator('.home__status').waitFor()
  return view
}

async function submitFromHome(): Promise<Locator> {
  const home = await openHome(society.page)
  await button(home, '提交前检查').tap()
  const submit = shown(society.page)
  await submitAndConfirm(society.page)
  await waitForText(submit.locator('.status-screen__title'), '已提交')
  return submit
}

async function submissionId(): Promise<string> {
  const { rows } = await mustCall(reviewer.page.request, 'review.list', { year: YEAR, search: societyName(), scope: 'all' })
  return rows[0].id
}

async function openDetail(): Promise<Locator> {
  await reviewer.page.goto(`/#${routes.reviewerDetail(await submissionId())}`)
  const view = shown(reviewer.page)
  await view.locator('.review-item').first().waitFor()
  return view
}

test('the society submits, withdraws (asked to confirm), edits an item and resubmits', async () => {
  const submitted = await submitFromHome()
  await shot(society.page, 'submitted-with-withdraw')
  await button(submitted, '撤回修改').tap()
  await confirmModal(society.page, /撤回后自评表回到“填写中”/)
  await waitForText(submitted.locator('.submit__header'), /填写中/)
  await shot(society.page, 'withdrawn-editable-again')

  await society.page.goto(`/#${routes.item(RETURN_FIX.id, YEAR)}`)
  const item = await itemPage(society.page, RETURN_FIX.id)
  await answerItem(item, itemOf(RETURN_FIX.id), RETURN_FIX.answer, RETURN_FIX.points)
  await item.locator('.save-indicator--saved').waitFor()
  await submitFromHome()
  const saved = await mustCall(society.page.request, 'submission.result', { year: YEAR })
  expect([saved.status, saved.selfScore.total, saved.answers[RETURN_FIX.id].checks]).toEqual(['submitted', RESUBMITTED_TOTAL, RETURN_FIX.answer.checks])
  const inbox = await mustCall(reviewer.page.request, 'notifications.list', {})
  expect(inbox.rows.map((n: { kind: string }) => n.kind)).toContain('withdrawn')
})

test('once the reviewer has opened it, 撤回 on home is refused with the reason; the reviewer finalizes', async () => {
  const detail = await openDetail()
  const home = await openHome(society.page)
  await button(home, '撤回修改').tap()
  await confirmModal(society.page, /撤回后自评表回到“填写中”/)
  await waitForText(society.page.locator('.taro-modal__content').filter({ visible: true }), /审核员已开始审核这份自评表，不能再撤回/)
  await shot(society.page, 'withdraw-refused')
  await confirmModal(society.page, /审核员已开始审核/)

  await button(detail, `采纳其余自评分（${items.length}项未审核）`).tap()
  await confirmModal(reviewer.page, /以自评分作为最终得分/)
  await detail.locator('.review-detail__accept').waitFor({ state: 'detached' })
  await button(detail, '审核通过').tap()
  await confirmModal(reviewer.page, /审核通过后将通知学会/)
  await waitForText(detail.locator('.review-detail__title-row'), /已审核/)
})

test('the admin publishes from 结果公示 at 1280 px: a date, then the partial publication confirmed', async () => {
  const page = admin.page
  await page.goto(`/#${routes.adminPublish()}`)
  const view = shown(page)
  await waitForText(view.locator('.publish__heading'), '尚未公示')
  await view.getByLabel('公示截止日期').fill(UNTIL)
  await shot(page, 'admin-publish-1280')
  await button(view, '公示结果').tap()
  await confirmModal(page, /还有2个学会未审核完成/)
  await waitForText(view.locator('.publish__message'), /已公示1个学会，公示至.*已通知1个学会/)
  await waitForText(view.locator('.publish__heading'), '公示中')
  await shot(page, 'admin-published-1280')
  await page.setViewportSize({ width: 375, height: 812 })
  await shot(page, 'admin-published-375')
  await page.setViewportSize({ width: 1280, height: 800 })
})

test('the society sees the 公示, adds a photo to a disputed item and asks 复核 on two items, a reason each', async () => {
  const page = society.page
  await page.goto(`/#${routes.result(YEAR)}`)
  const result = shown(page)
  await result.locator('.recheck').waitFor()
  await button(result, '申请复核').tap()
  const form = result.locator('.recheck-form')
  await button(form, '提交复核申请').tap()
  await waitForText(form.locator('.recheck-form__error'), '请至少选择一项申请复核')
  const pickRow = (id: string) => form.locator('.recheck-form__item').filter({ hasText: `${id} ` })
  await pickRow(CHANGE.id).locator('.recheck-form__row').tap()

  // New evidence for the disputed item, before the request is sent: marked 复核补充, and only it can be removed.
  const changing = pickRow(CHANGE.id)
  // Its upload held on the way, as on a slow network: the request waits for it (it could not be added after).
  let held: Route | null = null
  await page.route('**/api/upload**', (route) => void (held = route))
  const chooser = page.waitForEvent('filechooser')
  await changing.locator('.evidence-photos__add').tap()
  const signIn = Buffer.from(encodeJpeg(syntheticScene(4, 1200, 900), 85))
  await (await chooser).setFiles({ name: 'sign-in.jpg', mimeType: 'image/jpeg', buffer: signIn }, { timeout: 90_000 })
  await waitForText(changing.locator('.evidence-photos__status'), /^上传中/, 30_000)
  const requests = watchAction(page, 'submission.requestRecheck')
  await button(form, '提交复核申请（1项）').tap()
  await waitForText(form.locator('.recheck-form__error'), '还有1个证明材料正在上传，上传完成后再提交')
  requests.stop()
  expect(requests.inputs).toEqual([])
  await held!.continue()
  await page.unroute('**/api/upload**')
  await waitForText(changing.locator('.evidence-photos__new'), '复核补充', 60_000)
  expect(await changing.locator('.evidence-photos__image').count()).toBe(3)
  expect(await changing.locator('.evidence-photos__remove').count()).toBe(1)
  await changing.scrollIntoViewIfNeeded()
  await shot(page, 'recheck-form-new-evidence', { whole: false })
  // An item given new evidence cannot be unticked (the server would refuse the request without it).
  await changing.locator('.recheck-form__row').tap()
  expect(await changing.getAttribute('class')).toContain('recheck-form__item--on')
  // Back later: the request is still being composed, the item with new evidence chosen.
  await page.reload()
  await shown(page).locator('.recheck-form').waitFor()
  await waitForText(shown(page).locator('.recheck-form__item--on .evidence-photos__new'), '复核补充')
  const reopened = shown(page)
  const again = reopened.locator('.recheck-form')
  expect(await again.locator('.recheck-form__item--on').count()).toBe(1)
  await again.locator('.recheck-form__item').filter({ hasText: `${KEEP.id} ` }).locator('.recheck-form__row').tap()
  await sendRequest(page, reopened)
})

/** Reasons for the two chosen items (refused while one is empty), a look, then the request sent. */
async function sendRequest(page: Page, result: Locator) {
  const form = result.locator('.recheck-form')
  await button(form, '提交复核申请（2项）').tap()
  // The item chosen first (kept from before the reload) is named first.
  await waitForText(form.locator('.recheck-form__error'), `${CHANGE.id}：请填写复核理由`)
  for (const pick of [KEEP, CHANGE]) {
    await form.locator('.recheck-form__item--on').filter({ hasText: `${pick.id} ` }).locator('textarea').fill(pick.reason)
  }
  expect(await form.locator('.recheck-form__error').count()).toBe(0)
  await form.locator('.recheck-form__item--on').first().scrollIntoViewIfNeeded()
  await shot(page, 'recheck-form', { whole: false })
  await button(form, '提交复核申请（2项）').tap()
  await confirmModal(page, /共2项申请复核/)
  await waitForText(result.locator('.recheck__state'), '复核中')
  await result.locator('.recheck').scrollIntoViewIfNeeded()
  await shot(page, 'recheck-pending', { whole: false })
  const sent = await mustCall(page.request, 'submission.result', { year: YEAR })
  const added = sent.evidence[CHANGE.id].filter((id: string) => sent.files[id]?.forRecheck)
  expect(added).toHaveLength(1)
  expect(await callApi(page.request, 'submission.removePhoto', { year: YEAR, itemId: CHANGE.id, fileId: added[0] })).toMatchObject({
    ok: false,
    message: '复核申请已提交，证明材料不能再修改',
  })
}

test('the public list shows grades only', async () => {
  const page = society.page
  await page.goto(`/#${routes.publicResults(YEAR)}`)
  const list = shown(page)
  await list.locator('.public-results__row').first().waitFor()
  expect(await textOf(list.locator('.public-results__row'))).toBe(`${societyName()} 合格`)
  expect(await textOf(list)).not.toContain(String(RESUBMITTED_TOTAL))
  await shot(page, 'public-results-375')
})

test('the reviewer sees 复核中 in the list at 1280 px, keeps one item and changes the other, a comment each', async () => {
  const page = reviewer.page
  await page.goto(`/#${routes.reviewerList()}`)
  const list = shown(page)
  await waitForText(list.locator('.recheck-banner__title'), '复核中 1')
  const row = list.locator('.review-list__row').filter({ hasText: societyName() })
  await waitForText(row.locator('.recheck-tag'), '复核中')
  await shot(page, 'reviewer-list-rechecking-1280')
  await list.locator('.recheck-banner__row').tap()
  const detail = shown(page)
  const panel = detail.locator('.recheck-answer')
  await panel.waitFor()
  await button(panel, '答复复核').tap()
  await waitForText(panel.locator('.recheck-answer__error'), /请填写复核说明/)
  const keep = panel.locator('.recheck-answer__item').filter({ hasText: KEEP.id })
  const change = panel.locator('.recheck-answer__item').filter({ hasText: CHANGE.id })
  await keep.locator('textarea').fill(KEEP.comment)
  await change.getByLabel(`${CHANGE.id} 复核得分`).locator('input').fill('７')
  await change.locator('textarea').fill(CHANGE.comment)
  await button(panel, '答复复核').tap()
  await waitForText(panel.locator('.recheck-answer__error'), /复核得分须在0到6分之间/)
  await change.getByLabel(`${CHANGE.id} 复核得分`).locator('input').fill(CHANGE.score)
  // The message named what was typed (收到7): mended, it goes.
  expect(await panel.locator('.recheck-answer__error').count()).toBe(0)
  // The evidence the society added for the 复核, shown with the item it disputes.
  await waitForText(change.locator('.recheck-answer__added > .recheck-answer__reason'), '学会为复核补充的证明材料（1个）：')
  await waitForText(change.locator('.recheck-answer__added .evidence-photos__new'), '复核补充')
  expect(await keep.locator('.recheck-answer__added').count()).toBe(0)
  await panel.scrollIntoViewIfNeeded()
  await shot(page, 'reviewer-answer-1280', { whole: false })
  await button(panel, '答复复核').tap()
  await confirmModal(page, /更改1项，维持1项/)
  await panel.waitFor({ state: 'detached' })
  await detail.locator('.review-history__head').tap()
  // One entry per answered item, in the order the society chose them.
  await waitForText(detail.locator('.review-history__title').last(), new RegExp(`^${KEEP.id} 复核维持`))
  await detail.locator('.review-history__title').filter({ hasText: new RegExp(`^${CHANGE.id} 复核`) }).waitFor()
  await waitForText(detail.locator('.review-history__entry--recheck-requested'), new RegExp(`补充了证明材料：${CHANGE.id}`))
  await detail.locator('.review-history').scrollIntoViewIfNeeded()
  await shot(page, 'reviewer-history-after-recheck-1280', { whole: false })
  await page.goto(`/#${routes.reviewerList()}`)
  const after = shown(page).locator('.review-list__row').filter({ hasText: societyName() })
  await waitForText(after.locator('.recheck-tag'), '已复核')
  await shot(page, 'reviewer-list-rechecked-1280')
  await page.setViewportSize({ width: 375, height: 812 })
  await shot(page, 'reviewer-list-rechecked-375')
  await page.setViewportSize({ width: 1280, height: 800 })
})

test('the society sees the new total and grade; after the last day a new request is refused; the year closes', async () => {
  const page = society.page
  const saved = await mustCall(page.request, 'submission.result', { year: YEAR })
  const expected = RESUBMITTED_TOTAL - saved.selfScore.items[CHANGE.id] + Number(CHANGE.score)
  expect([saved.finalScore.total, saved.grade]).toEqual([expected, '合格'])
  await page.goto(`/#${routes.result(YEAR)}`)
  const result = shown(page)
  await waitForText(result.locator('.recheck__total'), `总分 ${RESUBMITTED_TOTAL} → ${expected} 分，等级合格`)
  expect(await textOf(result.locator('.result__total-value--final'))).toBe(String(expected))
  await result.locator('.recheck').scrollIntoViewIfNeeded()
  await shot(page, 'recheck-answered', { whole: false })

  // A day goes by: the publication's last day is yesterday.
  const db = new Database(join(emulator.dataDir, 'emulator.sqlite'))
  const row = db.prepare<[number], { publication: string }>('SELECT publication FROM years WHERE year = ?').get(YEAR)
  db.prepare('UPDATE years SET publication = ? WHERE year = ?').run(JSON.stringify({ ...JSON.parse(row!.publication), until: dayFromToday(-1) }), YEAR)
  db.close()
  const late = await callApi(page.request, 'submission.requestRecheck', { year: YEAR, items: { 'B1.1': '再次申请' } })
  expect(late).toMatchObject({ ok: false, code: 'INVALID_STATE', message: expect.stringMatching(/^公示已于.*结束，不能再申请复核$/) })
  await page.reload()
  await waitForText(shown(page).locator('.recheck__text'), /^公示已于.*结束。$/)

  // The society's whole file as a PDF: the form with the answered 复核's scores, then the four photos, then the list.
  const file = await mustCall(page.request, 'report.formPdf', { submissionId: saved.id })
  expect(file.summary).toMatch(/：\d+页，4张照片$/)
  const pdf = join(__dirname, '..', '..', 'test-artifacts', 'e2e-recheck', 'whole-file.pdf')
  writeFileSync(pdf, await (await page.request.get(file.url)).body())
  // Its text is read with poppler's pdftotext where it is installed (.ci/run installs it; a machine with only Node
  // has none, and test/reports/form-pdf.test.ts skips the same way).
  if (existsSync(PDFTOTEXT)) {
    const words = execFileSync(PDFTOTEXT, ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    expect(words).toContain(`合计110${RESUBMITTED_TOTAL}${expected}`)
    expect(words).toContain(`照片1/3：photo1.jpg`)
    // The photo added for the 复核 is marked on its page and in the list, and no other file is.
    // (A photo is named by its stored file, the page by the photo's place: 照片3/3.)
    expect(words).toMatch(/照片3\/3：[\w-]+\.jpg（复核补充）/)
    expect(words.match(/复核补充/g)).toHaveLength(2)
  } else {
    console.warn(`${PDFTOTEXT} is not installed: the whole file's text was not checked (${pdf})`)
  }

  const closed = await mustCall(admin.page.request, 'admin.closeYear', { year: YEAR })
  expect(closed.status).toBe('closed')
  expect(await textOf(shown(page).locator('.recheck__state'))).toBe('复核结果')
})
