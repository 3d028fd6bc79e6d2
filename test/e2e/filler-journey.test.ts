/**
 * A new 填报人's whole year in the real H5 build, in Debian Chromium at phone size, against the emulator:
 * binds, answers all 38 items one after another, attaches photos, reloads half way, sees the live total
 * agree with the score CLI and with the total worked out by hand, submits, finds the form read-only, and
 * gets it back with the reviewer's reason. Every page is photographed into test-artifacts/e2e/.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request as playwrightRequest, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { getRubric, rubricItems, type ItemAnswer } from '../../src/shared'
import { button, callApi, cell, field, mustCall, shown, textOf, waitForText } from './support/app'
import { launchChromium, phoneContext } from './support/browser'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { answerItem, itemPage, shownAnswer } from './support/item-page'
import { cameraJpeg, jpegSize } from './support/jpeg'
import { attachPhoto, storedPhotos } from './support/photos'
import { HAND_TOTAL, PHOTOS, PLAN, RELOAD_AFTER } from './support/plan'
import { ROOT } from '../../scripts/h5-build'
import { screenshots } from './support/shots'

const YEAR = 2022
const rubric = getRubric(YEAR)
const items = rubricItems(rubric)
const itemOf = (id: string) => items.find((i) => i.id === id)!
const pointsUpTo = (count: number) => PLAN.slice(0, count).reduce((sum, p) => sum + p.points, 0)
const withoutPhotos = ({ photos: _photos, ...answer }: ItemAnswer & { photos?: unknown }) => answer

let emulator: E2eEmulator
let browser: Browser
let context: BrowserContext
let page: Page
let shot: ReturnType<typeof screenshots>
const pageErrors: string[] = []
const society = { id: '', name: '' }

beforeAll(async () => {
  shot = screenshots()
  emulator = await startE2eEmulator()
  browser = await launchChromium()
  context = await phoneContext(browser, emulator.url)
  page = await context.newPage()
  page.setDefaultTimeout(15_000)
  page.on('pageerror', (error) => pageErrors.push(error.message))
})

afterAll(async () => {
  await browser?.close()
  await emulator?.stop()
})

/** The home page on show, once the draft has loaded. */
async function home() {
  const view = shown(page)
  await view.locator('.home__status').waitFor()
  return view
}

async function openHome() {
  await page.goto('/#/pages/home/index')
  return home()
}

test('a new user picks the new-user identity, is refused a bad 手机号 in Chinese, and binds to a society', async () => {
  await page.goto('/')
  // Nobody is logged in yet: the app sends the visitor to the dev identity picker.
  await page.waitForURL(/#\/pages\/dev-login\/index/)
  const picker = shown(page)
  await cell(picker, '新用户（尚未绑定学会）').waitFor()
  await shot(page, 'dev-login')
  await cell(picker, '新用户（尚未绑定学会）').tap()

  await page.waitForURL(/#\/pages\/bind\/index/)
  const bind = shown(page)
  const target = emulator.seed().societies.find((s) => s.name === '自治区农学会')!
  Object.assign(society, { id: target.id, name: target.name })
  await field(bind, '绑定码').fill(target.bindingCode)
  await field(bind, '填报人').fill('张敏')
  await field(bind, '手机号').fill('1381234')
  await button(bind, '绑定').tap()
  await waitForText(bind.locator('.form-field__error'), /^手机号.*11位/)
  await shot(page, 'bind-bad-phone')
  expect(page.url()).toMatch(/bind/)

  await field(bind, '手机号').fill('13912345678')
  await bind.locator('.form-field--invalid').waitFor({ state: 'detached' })
  await button(bind, '绑定').tap()
  await page.waitForURL(/#\/pages\/home\/index/)
  const me = await mustCall(page.request, 'account.whoami', {})
  expect(me).toMatchObject({ role: 'filler', profile: { name: '张敏', phone: '13912345678' }, society: { name: '自治区农学会' } })
})

test('home shows the empty form: 未填写, 0 of 110, nothing answered', async () => {
  const view = await home()
  await waitForText(view.locator('.home__society'), society.name)
  expect(await textOf(view.locator('.home__status'))).toBe('未填写')
  expect(await textOf(view.locator('.home__score-row .score-badge'))).toBe('0 / 110分')
  expect(await textOf(view.locator('.home__progress-text'))).toBe(`已答 0 / ${items.length}`)
  await button(view, '开始填写').waitFor()
  await shot(page, 'home-empty')
})

test('answers all 38 items one after another with 下一项, attaches photos, and loses nothing on a reload', async () => {
  expect(PLAN.map((p) => p.id)).toEqual(items.map((i) => i.id))
  const sizes: string[] = []

  // Home → A1 → the sections list → the first item; from there 下一项 walks the whole form.
  await cell(await home(), 'A1 自身建设').tap()
  const sections = shown(page)
  await sections.locator('.item-row').first().waitFor()
  await shot(page, 'sections')
  await sections.locator('.item-row').filter({ hasText: 'B1.1' }).tap()

  const shotKinds = new Set<string>()
  for (const [index, planned] of PLAN.entries()) {
    const item = itemOf(planned.id)
    let view = await itemPage(page, item.id)
    await answerItem(view, item, planned.answer, planned.points, () => shot(page, `category-sheet-${item.id}`))
    if (!shotKinds.has(item.rule.kind) || item.id === 'A4.1') {
      shotKinds.add(item.rule.kind)
      await shot(page, `item-${item.rule.kind}-${item.id}`)
    }

    const photo = PHOTOS.find((p) => p.itemId === item.id)
    if (photo) {
      const original = await cameraJpeg(context, photo.width, photo.height, index + 1)
      expect(original.length).toBeGreaterThan(2_000_000)
      expect(jpegSize(original)).toEqual({ width: photo.width, height: photo.height })
      await attachPhoto(view, original, () => shot(page, `photo-uploading-${item.id}`))
      await waitForText(view.locator('.evidence-photos__count'), '1/9')
      await shot(page, `photo-uploaded-${item.id}`)
      const [stored, ...more] = storedPhotos(emulator.dataDir, society.id, item.id)
      expect(more).toHaveLength(0)
      const size = jpegSize(stored!)
      const scale = 1600 / Math.max(photo.width, photo.height)
      expect(size).toEqual({ width: Math.round(photo.width * scale), height: Math.round(photo.height * scale) })
      expect(stored!.length).toBeLessThan(original.length / 4)
      sizes.push(`${item.id}: ${photo.width}×${photo.height} ${original.length} B → ${size.width}×${size.height} ${stored!.length} B`)
    }

    if (item.id === RELOAD_AFTER) {
      await view.locator('.save-indicator--saved').waitFor()
      await shot(page, `before-reload-${item.id}`)
      await page.reload()
      view = await itemPage(page, item.id)
      await view.locator('.save-indicator--saved').waitFor()
      expect(await shownAnswer(view, item)).toEqual(planned.answer)
      await shot(page, `after-reload-${item.id}`)

      const middle = await openHome()
      await waitForText(middle.locator('.home__progress-text'), `已答 ${index + 1} / ${items.length}`)
      expect(await textOf(middle.locator('.home__status'))).toBe('填写中')
      expect(await textOf(middle.locator('.home__score-row .score-badge__score'))).toBe(String(pointsUpTo(index + 1)))
      await shot(page, 'home-midway')
      // The next step is the first unanswered item, the one after the reload.
      await button(middle, '继续填写').tap()
      continue
    }
    if (index < PLAN.length - 1) await button(view, '下一项').tap()
    else {
      expect(await button(view, '下一项').getAttribute('class')).toMatch(/nut-button-disabled/)
      await view.locator('.save-indicator--saved').waitFor()
    }
  }
  console.log(`compressed photos:\n${sizes.join('\n')}`)
})

test('the live total on home and on the submit page equals the score CLI on the saved answers and the hand total', async () => {
  const view = await openHome()
  await waitForText(view.locator('.home__progress-text'), `已答 ${items.length} / ${items.length}`)
  const shownTotal = Number(await textOf(view.locator('.home__score-row .score-badge__score')))
  await shot(page, 'home-complete')

  const saved = await mustCall(page.request, 'submission.get', { year: YEAR })
  for (const planned of PLAN) expect([planned.id, withoutPhotos(saved.answers[planned.id])]).toEqual([planned.id, planned.answer])
  for (const photo of PHOTOS) expect(saved.evidence[photo.itemId]).toHaveLength(1)

  const folder = mkdtempSync(join(tmpdir(), 'e2e-answers-'))
  try {
    const file = join(folder, 'answers.json')
    writeFileSync(file, JSON.stringify(saved.answers))
    const run = spawnSync('npm', ['run', '--silent', 'score', '--', file], { cwd: ROOT, encoding: 'utf8' })
    expect(run.status).toBe(0)
    const cli = JSON.parse(run.stdout) as { total: number; max: number; complete: boolean }
    expect(cli).toMatchObject({ total: HAND_TOTAL, max: 110, complete: true })
    expect(shownTotal).toBe(cli.total)
    expect(saved.selfScore.total).toBe(cli.total)
    console.log(`totals: UI ${shownTotal}, score CLI ${cli.total}, server ${saved.selfScore.total}, by hand ${HAND_TOTAL}`)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  expect(PLAN.reduce((sum, p) => sum + p.points, 0)).toBe(HAND_TOTAL)

  await button(view, '提交前检查').tap()
  const submit = shown(page)
  await waitForText(submit.locator('.submit__complete'), `全部 ${items.length} 项已填写完整，可以提交。`)
  expect(await submit.locator('.item-links__cell').count()).toBe(0)
  expect(await textOf(submit.locator('.submit__total-value'))).toBe(`${HAND_TOTAL} / 110`)
  await submit.locator('.submit__note').waitFor({ state: 'detached' })
  await shot(page, 'submit')
})

test('submits, and the form is read-only in the app and for the API', async () => {
  const submit = shown(page)
  await button(submit, '提交自评表').tap()
  await waitForText(submit.locator('.status-screen__title'), '已提交')
  expect(await textOf(submit.locator('.status-screen__text'))).toContain(`自评总分 ${HAND_TOTAL} 分`)
  await shot(page, 'submitted')

  await button(submit, '返回首页').tap()
  const view = await home()
  await waitForText(view.locator('.home__status'), '已提交')
  await shot(page, 'home-submitted')

  await button(view, '查看已提交的内容').tap()
  await shown(page).locator('.item-row').filter({ hasText: 'B1.2' }).tap()
  const item = await itemPage(page, 'B1.2')
  await waitForText(item.locator('.item-page__readonly'), '当前状态：已提交，内容只能查看不能修改')
  const options = item.locator('[role=radio]')
  expect(await options.count()).toBe(4)
  for (const option of await options.all()) expect(await option.getAttribute('aria-disabled')).toBe('true')
  // Tapping the disabled 是 of the condition answered 否 changes nothing.
  await item.getByRole('radio', { name: '是' }).nth(1).tap({ force: true })
  expect(await shownAnswer(item, itemOf('B1.2'))).toEqual(PLAN[1]!.answer)
  expect(await item.locator('.evidence-photos__add').count()).toBe(0)
  expect(await item.locator('.evidence-photos__remove').count()).toBe(0)
  expect(await item.locator('.item-page__remark textarea').getAttribute('readonly')).not.toBeNull()
  expect(await item.locator('.save-indicator').count()).toBe(0)
  await shot(page, 'item-read-only')

  const draft = await mustCall(page.request, 'submission.get', { year: YEAR })
  const refused = await callApi(page.request, 'submission.saveAnswers', {
    year: YEAR,
    baseVersion: draft.version,
    patch: { 'B1.2': { checks: { a: true, b: true } } },
  })
  expect(refused).toMatchObject({ ok: false, code: 'INVALID_STATE' })
})

test('a reviewer returns it: the filler sees 退回修改 with the reasons and can edit the named item again', async () => {
  const reviewer = await playwrightRequest.newContext({ baseURL: emulator.url })
  try {
    await reviewer.post('/api/dev/login', { data: { openid: 'dev-reviewer' } })
    const { rows } = await mustCall(reviewer, 'review.list', { year: YEAR })
    const row = rows.find((r: { societyName: string }) => r.societyName === society.name)
    await mustCall(reviewer, 'review.return', {
      submissionId: row.id,
      overall: '请补充证明材料后重新提交',
      items: { 'B1.2': '请上传专职工作人员的劳动合同' },
    })
  } finally {
    await reviewer.dispose()
  }

  await page.goto('/#/pages/home/index')
  await page.reload()
  const view = await home()
  await waitForText(view.locator('.home__status'), '退回修改')
  await waitForText(view.locator('.home__reason'), '退回原因：请补充证明材料后重新提交')
  await shot(page, 'home-returned')

  await button(view, '修改退回项').tap()
  const item = await itemPage(page, 'B1.2')
  await waitForText(item.locator('.item-page__returned-text'), '请上传专职工作人员的劳动合同')
  expect(await item.locator('.item-page__readonly').count()).toBe(0)
  await item.locator('.evidence-photos__add').waitFor()
  await shot(page, 'item-returned')

  await cell(await openHome(), '消息').tap()
  const inbox = shown(page)
  await inbox.locator('.inbox__row').first().waitFor()
  expect(await textOf(inbox.locator('.inbox__row').first())).toContain('退回')
  await shot(page, 'inbox')
})

test('no page threw an error along the way', () => {
  expect(pageErrors).toEqual([])
})
