/**
 * A new 填报人's whole year in the real H5 build, in Debian Chromium at phone size, against the emulator:
 * binds, answers all 38 items one after another, attaches photos, reloads half way, sees the live total
 * agree with the score CLI and with the total worked out by hand, submits, finds the form read-only, and
 * gets it back with the reviewer's reason; fixes it through an app kill and an offline spell without losing
 * an edit, resubmits, and after the reviewer's final scores reads the result from the inbox notification.
 * Every page is photographed into test-artifacts/e2e/.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core'
import { getRubric, rubricItems, type ItemAnswer } from '../../src/shared'
import { DEV_LOGIN_PAGE } from '../../src/services/dev-login-page'
import { PAGES, routes } from '../../src/shared/routes'
import { asDevUser, button, callApi, cell, field, mustCall, shown, submitAndConfirm, textOf, waitForText } from './support/app'
import { launchChromium, phoneContext } from './support/browser'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { answerItem, itemPage, shownAnswer } from './support/item-page'
import { cameraJpeg, jpegSize } from './support/jpeg'
import { attachPhoto, storedPhotos } from './support/photos'
import { blockSaves, localEdits } from './support/network'
import {
  FINAL_TOTAL,
  GROUP_TOTALS,
  HAND_TOTAL,
  OFFLINE_REMARK,
  PHOTOS,
  PLAN,
  RELOAD_AFTER,
  RESUBMITTED_TOTAL,
  RETURN_FIX,
  REVIEW_CHANGES,
} from './support/plan'
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
  await page.goto(`/#${routes.home()}`)
  return home()
}

/** The id of this society's submission, as the reviewer's list has it. */
async function submissionIdOf(reviewer: APIRequestContext): Promise<string> {
  const { rows } = await mustCall(reviewer, 'review.list', { year: YEAR })
  return rows.find((r: { societyName: string }) => r.societyName === society.name).id
}

/** The item's answer on the server, photos aside. */
async function serverAnswer(itemId: string) {
  const saved = await mustCall(page.request, 'submission.get', { year: YEAR })
  return withoutPhotos(saved.answers[itemId])
}

test('a new user picks the new-user identity, is refused a bad 手机号 in Chinese, and binds to a society', async () => {
  await page.goto('/')
  // Nobody is logged in yet: the app sends the visitor to the dev identity picker.
  await page.waitForURL(new RegExp(`#/${DEV_LOGIN_PAGE}`))
  const picker = shown(page)
  await cell(picker, '新用户（尚未绑定学会）').waitFor()
  await shot(page, 'dev-login')
  await cell(picker, '新用户（尚未绑定学会）').tap()

  await page.waitForURL(new RegExp(`#/${PAGES.bind}`))
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
  await page.waitForURL(new RegExp(`#/${PAGES.home}`))
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
  const asked = await submitAndConfirm(page, '提交自评表', () => shot(page, 'submit-confirm'))
  expect(asked).toContain(`自评总分 ${HAND_TOTAL} 分（满分110分）`)
  expect(asked).toMatch(/\d+ 项附有佐证材料，\d+ 项没有/)
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
  await asDevUser(emulator.url, 'dev-reviewer', async (reviewer) =>
    mustCall(reviewer, 'review.return', {
      submissionId: await submissionIdOf(reviewer),
      overall: '请补充证明材料后重新提交',
      items: { 'B1.2': '请上传专职工作人员的劳动合同' },
    }),
  )

  await page.goto(`/#${routes.home()}`)
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

test('nothing typed is lost on an app kill: the edit survives a reload before any save, then reaches the server', async () => {
  const item = itemOf(RETURN_FIX.id)
  await button(await openHome(), '修改退回项').tap()
  let view = await itemPage(page, item.id)
  await view.locator('.save-indicator--saved').waitFor()
  const saves = await blockSaves(page)
  try {
    await answerItem(view, item, RETURN_FIX.answer, RETURN_FIX.points)
    const answered = Date.now()
    // The app is killed at once: well inside the 800 ms before autosave, and no save could get out anyway.
    await page.reload()
    const reloadedAfter = Date.now() - answered
    const refusedBeforeReload = saves.attempts()
    view = await itemPage(page, item.id)
    expect(await shownAnswer(view, item)).toEqual(RETURN_FIX.answer)
    await waitForText(view.locator('.item-page__score .score-badge__score'), String(RETURN_FIX.points))
    expect((await localEdits(page, YEAR))?.[item.id]?.answer).toEqual(RETURN_FIX.answer)
    expect(await serverAnswer(item.id)).toEqual(PLAN[1]!.answer)
    // The replayed edit cannot go out yet: the page says it is kept on the phone.
    await waitForText(view.locator('.save-indicator'), '离线，已存本机')
    await shot(page, `after-kill-${item.id}`)
    console.log(`app kill: reload issued at once, page back ${reloadedAfter} ms after the edit, ${refusedBeforeReload} save(s) refused before the reload, ${saves.attempts()} in all`)
  } finally {
    await saves.release()
  }
  await view.locator('.save-indicator--saved').waitFor()
  expect(await serverAnswer(item.id)).toEqual(RETURN_FIX.answer)
  expect(await localEdits(page, YEAR)).toBeNull()
})

test('an offline spell: the edit waits on the phone showing 离线 and syncs to 已保存 when the network is back', async () => {
  const item = itemOf(RETURN_FIX.id)
  const view = await itemPage(page, item.id)
  const withRemark = { ...RETURN_FIX.answer, remark: OFFLINE_REMARK }
  await context.setOffline(true)
  try {
    await view.locator('.item-page__remark textarea').fill(OFFLINE_REMARK)
    await waitForText(view.locator('.save-indicator--offline'), '离线，已存本机')
    expect((await localEdits(page, YEAR))?.[item.id]?.answer).toEqual(withRemark)
    expect(await serverAnswer(item.id)).toEqual(RETURN_FIX.answer)
    await shot(page, `item-offline-${item.id}`)
  } finally {
    await context.setOffline(false)
  }
  await waitForText(view.locator('.save-indicator--saved'), '已保存')
  expect(await serverAnswer(item.id)).toEqual(withRemark)
  expect(await localEdits(page, YEAR)).toBeNull()
})

test('resubmits with the fix: the self total is one point up', async () => {
  const view = await openHome()
  await waitForText(view.locator('.home__status'), '退回修改')
  expect(await textOf(view.locator('.home__score-row .score-badge__score'))).toBe(String(RESUBMITTED_TOTAL))
  await button(view, '提交前检查').tap()
  const submit = shown(page)
  await waitForText(submit.locator('.submit__total-value'), `${RESUBMITTED_TOTAL} / 110`)
  await submitAndConfirm(page, '重新提交')
  await waitForText(submit.locator('.status-screen__title'), '已提交')
  expect(await textOf(submit.locator('.status-screen__text'))).toContain(`自评总分 ${RESUBMITTED_TOTAL} 分`)
  const saved = await mustCall(page.request, 'submission.get', { year: YEAR })
  expect(saved).toMatchObject({ status: 'submitted', selfScore: { total: RESUBMITTED_TOTAL } })
})

test('the reviewer changes two scores and finalizes; the filler finds 审核结果 in the inbox and the result page adds up', async () => {
  const finalized = await asDevUser(emulator.url, 'dev-reviewer', async (reviewer) => {
    const submissionId = await submissionIdOf(reviewer)
    const items = Object.fromEntries(REVIEW_CHANGES.map(({ id, finalScore, comment }) => [id, { finalScore, comment }]))
    const { version } = await mustCall(reviewer, 'review.get', { submissionId })
    await mustCall(reviewer, 'review.saveScores', { submissionId, items, baseVersion: version })
    return mustCall(reviewer, 'review.finalize', { submissionId })
  })
  expect(finalized).toMatchObject({ status: 'reviewed', finalScore: { total: FINAL_TOTAL } })

  await cell(await openHome(), '消息').tap()
  const inbox = shown(page)
  const newest = inbox.locator('.inbox__row').first()
  await waitForText(newest.locator('.inbox__title'), '自评表审核结果')
  expect(await newest.getAttribute('class')).toContain('inbox__row--unread')
  expect(await textOf(newest.locator('.inbox__body'))).toBe(`${YEAR}年度自评表已审核，总分${FINAL_TOTAL}分（满分110分）`)
  await shot(page, 'inbox-reviewed')

  await newest.tap()
  await page.waitForURL(new RegExp(`#${routes.result(YEAR).replace('?', '\\?')}$`))
  const result = shown(page)
  await result.locator('.result__item').first().waitFor()
  await shot(page, 'result')

  // Per item: the self score (the plan, with the fix) against the final one, the comment where it changed.
  const selfPoints = new Map(PLAN.map((p) => [p.id, p.id === RETURN_FIX.id ? RETURN_FIX.points : p.points]))
  const expectedRows = items.map((item) => {
    const self = selfPoints.get(item.id)!
    const change = REVIEW_CHANGES.find((c) => c.id === item.id)
    const head = `${item.id} ${item.indicator}（${item.max}分） 自评 ${self} 最终 ${change?.finalScore ?? self}`
    return change ? `${head} 审核意见：${change.comment}` : head
  })
  const rows = await result.locator('.result__item').all()
  expect(await Promise.all(rows.map(textOf))).toEqual(expectedRows)
  const changed = result.locator('.result__item--changed')
  expect(await changed.count()).toBe(REVIEW_CHANGES.length)

  const groups = await result.locator('.result__group').all()
  const groupTexts = await Promise.all(groups.map(textOf))
  expect(groupTexts.map((text) => text.replace(/ .*自评 /, ' 自评 '))).toEqual(
    GROUP_TOTALS.map(([id, self, final]) => `${id} 自评 ${self} 最终 ${final}`),
  )

  await result.locator('.result__tab').filter({ hasText: `有调整的（${REVIEW_CHANGES.length}）` }).tap()
  await result.locator('.result__item:not(.result__item--changed)').first().waitFor({ state: 'detached' })
  expect(await result.locator('.result__item').count()).toBe(REVIEW_CHANGES.length)
  await shot(page, 'result-changed-only')

  const totals = await Promise.all((await result.locator('.result__total-value').all()).map(textOf))
  const server = await mustCall(page.request, 'submission.result', { year: YEAR })
  const handFinal = RESUBMITTED_TOTAL + REVIEW_CHANGES.reduce((sum, c) => sum + c.finalScore - selfPoints.get(c.id)!, 0)
  expect(handFinal).toBe(FINAL_TOTAL)
  expect(totals).toEqual([String(RESUBMITTED_TOTAL), String(FINAL_TOTAL), '110'])
  expect(server.finalScore.total).toBe(FINAL_TOTAL)
  expect(server.selfScore.total).toBe(RESUBMITTED_TOTAL)
  const aTotals = GROUP_TOTALS.filter(([id]) => id.startsWith('A'))
  expect(aTotals.reduce((sum, [, self]) => sum + self, 0)).toBe(RESUBMITTED_TOTAL)
  expect(aTotals.reduce((sum, [, , final]) => sum + final, 0)).toBe(FINAL_TOTAL)
  for (const [id, self, final] of GROUP_TOTALS) expect([id, server.selfScore.groups[id], server.finalScore.groups[id]]).toEqual([id, self, final])
  console.log(`result: self ${totals[0]} (by hand ${RESUBMITTED_TOTAL}), final ${totals[1]} (by hand ${handFinal}, server ${server.finalScore.total})`)
})

test('no page threw an error along the way', () => {
  expect(pageErrors).toEqual([])
})
