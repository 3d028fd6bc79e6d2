/**
 * The reviewer's first-minute defects (issue 8, section 1), seen fixed in the real H5 build in Chromium at
 * 375 × 812: a long comment stays in its box (also after a reload) and is refused past 500 characters, the
 * header's status tag is readable, 最终得分 reads 未审核 before any review, "4,5" saves as 4.5, an empty search
 * shows a packaged picture and nothing is loaded from outside the app, a reviewer removed while the app is open
 * is re-routed, the society's home and item page show the final score and the comment after finalization, and
 * 目录 lands on each group's heading.
 * Screenshots go to test-artifacts/e2e-reviewer-defects/.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { routes } from '../../src/shared/routes'
import { fullPatch } from '../emulator/fill-in'
import { asDevUser, button, mustCall, shown, textOf, waitForText } from './support/app'
import { watchAction } from './support/network'
import { launchChromium, phoneContext } from './support/browser'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { screenshots } from './support/shots'

const YEAR = 2022
const LONG_COMMENT = '科普活动记录不全，'.repeat(80).slice(0, 680)
const FULL_COMMENT = LONG_COMMENT.slice(0, 500)

let emulator: E2eEmulator
let browser: Browser
const contexts: BrowserContext[] = []
let shot: ReturnType<typeof screenshots>
let submissionId = ''
const outside: string[] = []
const pageErrors: string[] = []

/** A phone page logged in as the dev identity `openid`, noting every request that leaves the emulator. */
async function phoneAs(openid: string): Promise<Page> {
  const context = await phoneContext(browser, emulator.url)
  contexts.push(context)
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(emulator.url) && !/^(data|blob):/.test(url)) outside.push(url)
  })
  await page.request.post('/api/dev/login', { data: { openid } })
  return page
}

const item = (view: Locator, id: string) => view.locator(`[data-item="${id}"]`)

async function openDetail(page: Page): Promise<Locator> {
  await page.goto(`/#${routes.reviewerDetail(submissionId)}`)
  const view = shown(page)
  await view.locator('.review-detail__header').waitFor()
  return view
}

/** Where `element`'s top rests on the screen once the page has stopped scrolling (two readings 250 ms apart agree). */
async function settledTop(element: Locator): Promise<number> {
  const top = async () => Math.round((await element.boundingBox())?.y ?? NaN)
  let last = await top()
  for (let reading = 0; reading < 20; reading++) {
    await element.page().waitForTimeout(250)
    const now = await top()
    if (now === last) return now
    last = now
  }
  return last
}

/** The bottom of the comment box and the top of what follows it, in CSS pixels. */
async function commentBoxAndButtons(card: Locator) {
  const box = (await card.locator('.limited-text__box').boundingBox())!
  const buttons = (await card.locator('.review-item__buttons').boundingBox())!
  const text = await card.locator('textarea').evaluate((t: HTMLTextAreaElement) => ({ scroll: t.scrollHeight, client: t.clientHeight }))
  return { boxBottom: box.y + box.height, buttonsTop: buttons.y, text }
}

beforeAll(async () => {
  shot = screenshots('e2e-reviewer-defects')
  emulator = await startE2eEmulator()
  browser = await launchChromium()
  await asDevUser(emulator.url, 'dev-filler-1', async (filler) => {
    const draft = await mustCall(filler, 'submission.get', { year: YEAR })
    await mustCall(filler, 'submission.saveAnswers', { year: YEAR, baseVersion: draft.version, patch: fullPatch() })
    submissionId = (await mustCall(filler, 'submission.submit', { year: YEAR })).id
  })
})

afterAll(async () => {
  await browser?.close()
  await emulator?.stop()
})

describe('the reviewer', () => {
  let page: Page
  beforeAll(async () => {
    page = await phoneAs('dev-reviewer')
  })

  test('the header tag is white with blue text on the blue header, and 最终得分 reads 未审核 before any review', async () => {
    const view = await openDetail(page)
    const tag = view.locator('.review-detail__title-row .nut-tag')
    const look = await tag.evaluate((e) => {
      const style = getComputedStyle(e)
      return { background: style.backgroundColor, image: style.backgroundImage, text: getComputedStyle(e.querySelector('.nut-tag-text')!).color }
    })
    expect(look).toEqual({ background: 'rgb(255, 255, 255)', image: 'none', text: 'rgb(31, 111, 214)' })
    expect(await textOf(tag)).toBe('已提交')
    expect(await textOf(view.locator('.review-detail__total').nth(1))).toBe('最终得分 未审核')
    expect(await textOf(item(view, 'B7.1').locator('.score-pair'))).toBe('自评 5分 最终得分：未审核')
    await shot(page, 'header-not-reviewed')
  })

  test('目录 takes the reviewer to each group with its heading at the top of the screen, not scrolled past it', async () => {
    const view = shown(page)
    for (const group of ['B7', 'A3', 'B12', 'A4', 'B2']) {
      await view.locator('.review-outline__button').tap()
      await page.locator('.review-outline__a, .review-outline__b').filter({ hasText: new RegExp(`^${group} `) }).tap()
      expect(Math.abs(await settledTop(view.locator(`#review-group-${group}`)))).toBeLessThan(1)
      await page.locator('.nut-popup').waitFor({ state: 'hidden' })
    }
    await shot(page, 'outline-jumped-to-B2')
    await page.locator('.review-detail__header').scrollIntoViewIfNeeded()
  })

  test('on a laptop, 目录 and the action bar sit at the edge of the page’s column, not of the window', async () => {
    const view = shown(page)
    await page.setViewportSize({ width: 1280, height: 800 })
    try {
      const column = (await view.locator('.review-detail').first().boundingBox())!
      const [button, actions] = [await view.locator('.review-outline__button').boundingBox(), await view.locator('.review-detail__actions').boundingBox()]
      expect(column.width).toBeLessThan(1280)
      expect(button!.x + button!.width).toBeCloseTo(column.x + column.width - 12, 0)
      expect(actions!.x).toBeCloseTo(column.x, 0)
      expect(actions!.width).toBeCloseTo(column.width, 0)
      await shot(page, 'detail-outline-1280', { whole: false })
    } finally {
      await page.setViewportSize({ width: 375, height: 812 })
    }
  })

  test('a 680-character comment stays inside its box, is counted and refused with the limit, and nothing is cut', async () => {
    const view = shown(page)
    const card = item(view, 'B7.1')
    await card.locator('.review-item__input input').fill('4,5')
    await card.locator('textarea').fill(LONG_COMMENT)
    await waitForText(card.locator('.limited-text__count'), '680/500')
    await button(card, '保存').tap()
    await waitForText(card.locator('.limited-text__error'), '审核意见不能超过500字（现有680字）')
    expect(await card.locator('.review-item__error').count()).toBe(0)
    expect(await card.locator('textarea').inputValue()).toHaveLength(680)
    const layout = await commentBoxAndButtons(card)
    expect(layout.boxBottom).toBeLessThanOrEqual(layout.buttonsTop)
    expect(layout.text.scroll).toBeLessThanOrEqual(layout.text.client + 1)
    await card.scrollIntoViewIfNeeded()
    await shot(page, 'long-comment-refused')
    const review = await mustCall(page.request, 'review.get', { submissionId })
    expect(review.review).toBeNull()
  })

  test('“4,5” with a 500-character comment saves as 4.5, and the box still holds its text after a reload', async () => {
    let card = item(shown(page), 'B7.1')
    await card.locator('textarea').fill(FULL_COMMENT)
    await waitForText(card.locator('.limited-text__count'), '500/500')
    await button(card, '保存').tap()
    await waitForText(card.locator('.score-pair'), /^自评 5分\s*最终 4\.5分$/)
    const saved = await mustCall(page.request, 'review.get', { submissionId })
    expect(saved.review.items['B7.1']).toMatchObject({ finalScore: 4.5, comment: FULL_COMMENT, reviewer: expect.any(String) })

    const view = await openDetail(page)
    card = item(view, 'B7.1')
    expect(await card.locator('.review-item__input input').inputValue()).toBe('4.5')
    expect(await card.locator('textarea').inputValue()).toBe(FULL_COMMENT)
    const layout = await commentBoxAndButtons(card)
    expect(layout.boxBottom).toBeLessThanOrEqual(layout.buttonsTop)
    expect(await textOf(view.locator('.review-detail__total').nth(1))).toBe('最终得分 已审1/38项')
    await card.scrollIntoViewIfNeeded()
    await shot(page, 'saved-comment-after-reload')
  })

  test('a search with no hit shows the packaged picture and says what to do', async () => {
    await page.goto(`/#${routes.reviewerList()}`)
    const view = shown(page)
    await view.locator('.review-list__row').first().waitFor()
    await view.getByLabel('搜索学会名称').locator('input').fill('没有这个学会')
    await waitForText(view.locator('.nut-empty-title'), '没有符合条件的学会')
    const image = view.locator('.nut-empty img')
    await page.waitForFunction((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0, await image.elementHandle())
    expect(await image.getAttribute('src')).not.toMatch(/^(https?:)?\/\//)
    await shot(page, 'empty-search')
  })

  test('a search of 51 characters is named under the box and not sent; back to 50, it is searched', async () => {
    await page.goto(`/#${routes.reviewerList()}`)
    const view = shown(page)
    await view.locator('.review-list__row').first().waitFor()
    const lists = watchAction(page, 'review.list')
    const sent = () => lists.inputs.map((input) => input.search)
    try {
      const box = view.getByLabel('搜索学会名称').locator('input')
      await box.fill('学'.repeat(51))
      await waitForText(view.locator('.review-list__search-error'), '搜索词不能超过50字（现有51字）')
      await page.waitForTimeout(800) // longer than the list's pause before it searches
      expect(sent()).toEqual([])
      expect(await view.locator('.review-list__error').count()).toBe(0)
      await shot(page, 'search-too-long')
      await box.fill('学'.repeat(50))
      await view.locator('.review-list__search-error').waitFor({ state: 'detached' })
      await waitForText(view.locator('.nut-empty-title'), '没有符合条件的学会')
      expect(sent()).toEqual(['学'.repeat(50)])
    } finally {
      lists.stop()
    }
  })
})

describe('the society after finalization', () => {
  let page: Page
  beforeAll(async () => {
    await asDevUser(emulator.url, 'dev-admin', (admin) => mustCall(admin, 'review.finalize', { submissionId }))
    page = await phoneAs('dev-filler-1')
  })

  test('home shows the final score as the big number with the self score beside it', async () => {
    await page.goto(`/#${routes.home()}`)
    const view = shown(page)
    await waitForText(view.locator('.home__status'), '已审核')
    expect(await textOf(view.locator('.home__score-row'))).toBe('最终得分 自评 110分 109.5 / 110分')
    await waitForText(view.locator('.home__unread'), '1')
    await shot(page, 'filler-home-final')
  })

  test('the item page shows the final score and the reviewer’s comment', async () => {
    await page.goto(`/#${routes.item('B7.1', YEAR)}`)
    const outcome = shown(page).locator('.item-page__outcome')
    await outcome.waitFor()
    expect(await textOf(outcome)).toBe(`审核结果 最终得分 4.5 / 5分 自评 5分，审核核减0.5分 审核意见：${FULL_COMMENT}`)
    await shot(page, 'filler-item-final')
  })
})

describe('a reviewer removed while the app is open', () => {
  test('is told so and sent to bind, instead of a raw refusal', async () => {
    const page = await phoneAs('dev-reviewer')
    await page.goto(`/#${routes.reviewerList()}`)
    await shown(page).locator('.review-list__row').first().waitFor()
    await asDevUser(emulator.url, 'dev-admin', (admin) => mustCall(admin, 'admin.removeReviewer', { openid: 'dev-reviewer' }))
    await shown(page).locator('.review-list__row').first().tap()
    const notice = page.getByText('您已不再绑定学会，请用管理员发放的绑定码重新绑定。')
    await notice.waitFor()
    await shot(page, 'role-changed-notice')
    await page.getByText('确定', { exact: true }).click()
    await page.waitForURL(new RegExp(`#${routes.bind()}`))
    await shown(page).locator('.form-field').first().waitFor()
    expect(await shown(page).getByText('只有审核员可以进行此操作').count()).toBe(0)
    await shot(page, 'role-changed-bind')
  })
})

test('nothing was loaded from outside the app, and no page threw', () => {
  expect(outside).toEqual([])
  expect(pageErrors).toEqual([])
})
