/**
 * The edges of every answer widget kind, walked as users (and careless pastes) reach them, in the real H5 build at
 * 375 px against the emulator: score (judgement), yes/no (checks), tiers, the list (count entries, with and
 * without a category) and the text (备注). For each: out-of-range, negative, exponent, comma-decimal, full-width
 * digits, 200 characters and more, emoji, typing and pasting; what the page shows, the message, and what the
 * server holds after a reload, read through the emulator's API (not only from the page).
 * "Typing" is key by key (`pressSequentially`); "pasting" inserts the whole text in one input event
 * (`insertText`), as a paste does. Also a link to an item the form does not have. Screenshots go to test-artifacts/answer-edges/.
 */
import type { Locator, Page } from 'playwright-core'
import { getRubric, itemById, type ItemAnswer } from '../../src/shared'
import { routes } from '../../src/shared/routes'
import { button, mustCall, shown, textOf, waitForText } from './support/app'
import { fillerPhone, type FillerPhone } from './support/filler-phone'
import { itemPage } from './support/item-page'

const YEAR = 2022
const rubric = getRubric(YEAR)
const item = (id: string) => itemById(rubric).get(id)!

const phone = fillerPhone('answer-edges', 'dev-filler-1')
let page: Page
let shot: FillerPhone['shot']
beforeAll(() => {
  ;({ page, shot } = phone)
})

const openItem = async (itemId: string) => {
  await page.goto(`/#${routes.item(itemId, YEAR)}`)
  return itemPage(page, itemId)
}

/** The answer the server holds for the item now (photos aside). */
async function stored(itemId: string): Promise<ItemAnswer | undefined> {
  const saved = await mustCall(page.request, 'submission.get', { year: YEAR })
  return saved.answers[itemId]
}

const saved = (view: Locator) => view.locator('.save-indicator--saved').waitFor()

/** Reloads the page and returns the item page again, with what the server holds. */
async function reload(itemId: string) {
  await page.reload()
  const view = await itemPage(page, itemId)
  return { view, server: await stored(itemId) }
}

describe('score (B8.1, 0–6 in half points)', () => {
  const id = 'B8.1'
  const box = (view: Locator) => view.locator('.score-box input')
  const message = (view: Locator) => view.locator('.answer-widget__error')

  test('a good score first: 4 is saved and shown after a reload', async () => {
    const view = await openItem(id)
    await box(view).pressSequentially('4')
    await saved(view)
    await waitForText(view.locator('.item-page__score .score-badge__score'), '4')
    const after = await reload(id)
    expect(after.server).toEqual({ score: 4 })
    expect(await box(after.view).inputValue()).toBe('4')
  })

  test.each([
    ['out of range', '7', /^B8\.1 自评分须在0到6分之间，“7”未保存，仍为4分$/],
    ['negative', '-1', /^B8\.1 自评分须在0到6分之间，“-1”未保存，仍为4分$/],
    ['exponent', '1e3', /^B8\.1 自评分：请填写数字（0到6分，如4或4\.5），“1e3”未保存，仍为4分$/],
    ['emoji', '5😀', /^B8\.1 自评分：请填写数字.*“5😀”未保存，仍为4分$/],
    ['200 characters', '5'.repeat(200), /^B8\.1 自评分须在0到6分之间/],
  ])('%s: “%s” stays in the box with a message, the item score and the server keep 4', async (_kind, typed, says) => {
    const view = await openItem(id)
    await box(view).fill('')
    await box(view).pressSequentially(typed)
    await box(view).blur()
    await waitForText(message(view), says)
    expect(await box(view).inputValue()).toBe(typed)
    expect(await textOf(view.locator('.item-page__score .score-badge__score'))).toBe('4')
    if (typed === '7') await shot(page, 'score-out-of-range')
    const after = await reload(id)
    expect(after.server).toEqual({ score: 4 })
    expect(await box(after.view).inputValue()).toBe('4')
    expect(await message(after.view).count()).toBe(0)
  })

  test.each([
    ['comma-decimal typed', '4,5', 'type', 4.5],
    ['full-width digits typed', '５．５', 'type', 5.5],
    ['full-width comma pasted', '３，５', 'paste', 3.5],
    ['pasted with spaces', ' 2 ', 'paste', 2],
  ])('%s: “%s” is read as %s and saved; after a reload the box shows it', async (_kind, typed, how, score) => {
    const view = await openItem(id)
    await box(view).fill('')
    if (how === 'type') await box(view).pressSequentially(typed)
    else {
      await box(view).focus()
      await page.keyboard.insertText(typed)
    }
    await waitForText(view.locator('.item-page__score .score-badge__score'), String(score))
    expect(await message(view).count()).toBe(0)
    await saved(view)
    if (typed === '4,5') await shot(page, 'score-comma-decimal')
    const after = await reload(id)
    expect(after.server).toEqual({ score })
    expect(await box(after.view).inputValue()).toBe(String(score))
  })
})

describe('yes/no (B1.2, two conditions)', () => {
  const id = 'B1.2'
  test('是 then 否 on one condition, 是 on the other: the server holds the last choice of each after a reload', async () => {
    const view = await openItem(id)
    const rule = item(id).rule
    if (rule.kind !== 'checks') throw new Error(`${id} is not a yes/no item`)
    const [first, second] = rule.conditions
    const row = (label: string) => view.locator('.answer-widget__row').filter({ hasText: label })
    await row(first!.label).getByRole('radio', { name: '是' }).tap()
    await row(first!.label).getByRole('radio', { name: '否' }).tap()
    await row(second!.label).getByRole('radio', { name: '是' }).tap()
    await saved(view)
    const after = await reload(id)
    expect(after.server).toEqual({ checks: { a: false, b: true } })
    await after.view.locator('[role=radio][aria-checked=true]').nth(1).waitFor()
    expect(await after.view.locator('[role=radio][aria-checked=true]').allInnerTexts()).toEqual(['否', '是'])
    await shot(page, 'yes-no')
  })
})

describe('tiers (B2.1)', () => {
  const id = 'B2.1'
  test('a level chosen and changed: the last is stored, shown after a reload, and the radio sits on the label’s line', async () => {
    const view = await openItem(id)
    await view.locator('.answer-widget__tier').filter({ hasText: '完成年检并合格' }).tap()
    await view.locator('.answer-widget__tier').filter({ hasText: '基本合格' }).tap()
    await saved(view)
    const after = await reload(id)
    expect(after.server).toEqual({ tier: 'basic' })
    await waitForText(after.view.locator('.answer-widget__tier[aria-checked=true] .answer-widget__tier-label'), '基本合格')
    // The circle's middle and the first line of the label's middle agree within 2 px.
    const [circle, label] = await Promise.all(
      ['.nut-radio-icon', '.answer-widget__tier-label'].map((s) => after.view.locator(`.answer-widget__tier >> nth=0 >> ${s}`).boundingBox()),
    )
    expect(Math.abs(circle!.y + circle!.height / 2 - (label!.y + 21 / 2))).toBeLessThanOrEqual(2)
    await shot(page, 'tiers')
  })
})

describe('the list (B12.2 entries, A4.1 entries with a category)', () => {
  const long = (n: number) => '参加自治区科协年会并作大会报告'.repeat(20).slice(0, n)

  test('200 characters are kept and stored whole; the entry grows with its text and nothing overlaps', async () => {
    const view = await openItem('B12.2')
    await button(view, '添加一条').tap()
    await view.locator('.entry-row textarea').first().fill(long(200))
    await button(view, '添加一条').tap()
    await view.locator('.entry-row textarea').nth(1).pressSequentially('科普日活动🎉')
    await saved(view)
    await shot(page, 'list-long-entry') // the layout check fails the shot if the entry spills over
    const after = await reload('B12.2')
    expect(after.server).toEqual({ entries: [{ text: long(200) }, { text: '科普日活动🎉' }] })
    const [first, second] = await after.view.locator('.entry-row').all()
    const a = (await first!.boundingBox())!
    const b = (await second!.boundingBox())!
    expect(a.y + a.height).toBeLessThanOrEqual(b.y)
    expect(a.height).toBeGreaterThan(150)
    await shot(page, 'list-after-reload')
  })

  test('a 230-character paste is kept whole with a message; the server keeps the last good list', async () => {
    const view = await openItem('B12.2')
    const box = view.locator('.entry-row textarea').first()
    await box.fill('')
    await box.focus()
    await page.keyboard.insertText(long(229) + '😀')
    await waitForText(view.locator('.entry-row .answer-widget__error'), '第1条：内容不能超过200字（现有230字），未保存')
    expect(await box.inputValue()).toBe(long(229) + '😀')
    await shot(page, 'list-too-long')
    expect(await stored('B12.2')).toEqual({ entries: [{ text: long(200) }, { text: '科普日活动🎉' }] })
    // Cut back to 200 by hand: the message goes and the list is saved.
    await box.fill(long(200))
    await view.locator('.entry-row .answer-widget__error').waitFor({ state: 'detached' })
    await saved(view)
  })

  test('an A4.1 entry is not stored until its category is chosen; then text and category are', async () => {
    const view = await openItem('A4.1')
    await button(view, '添加一条').tap()
    await view.locator('.entry-row textarea').first().fill('获全国优秀学会 🏅')
    await waitForText(view.locator('.entry-row .answer-widget__error'), '第1条：请选择类别')
    await view.locator('.entry-row__category').tap()
    const sheet = page.locator('.nut-actionsheet').filter({ visible: true })
    await sheet.getByText('党建工作促进学会工作效果明显', { exact: true }).tap()
    await sheet.waitFor({ state: 'hidden' })
    await saved(view)
    const after = await reload('A4.1')
    expect(after.server).toEqual({ entries: [{ text: '获全国优秀学会 🏅', category: 'party' }] })
    await shot(page, 'list-category')
  })
})

describe('text (备注 of B6.1, 500 characters)', () => {
  const id = 'B6.1'
  const remark = (view: Locator) => view.locator('.item-page__remark textarea')

  test('emoji and 500 characters are stored whole; 501 are kept with a message and not stored', async () => {
    const view = await openItem(id)
    const text = '😀'.repeat(10) + '学'.repeat(490)
    await remark(view).fill(text)
    await saved(view)
    let after = await reload(id)
    expect(after.server).toEqual({ remark: text })
    expect(await remark(after.view).inputValue()).toBe(text)
    await remark(after.view).focus()
    await page.keyboard.press('End')
    await page.keyboard.insertText('多')
    await waitForText(after.view.locator('.limited-text__error'), '备注不能超过500字（现有501字）')
    expect(await remark(after.view).inputValue()).toBe(`${text}多`)
    await shot(page, 'remark-too-long')
    expect(await stored(id)).toEqual({ remark: text })
    after = await reload(id)
    expect(after.server).toEqual({ remark: text })
  })
})

describe('evidence (B3.1)', () => {
  const id = 'B3.1'
  const modal = () => page.locator('.taro-modal__content').filter({ visible: true })

  test('a text file named fake.jpg chosen as a photo is refused with a message; nothing is stored', async () => {
    const view = await openItem(id)
    const chooser = page.waitForEvent('filechooser')
    await view.locator('.evidence-photos__add').tap()
    await (await chooser).setFiles({ name: 'fake.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('这不是照片，只是文字。') })
    await waitForText(modal().locator('.taro-modal__title'), '无法读取所选照片')
    expect(await textOf(modal().locator('.taro-modal__text'))).toMatch(/不是照片/)
    await shot(page, 'evidence-not-a-photo')
    await modal().locator('.taro-model__confirm').tap()
    expect(await view.locator('.evidence-photos__image').count()).toBe(0)
    const saved = await mustCall(page.request, 'submission.get', { year: YEAR })
    expect(saved.evidence[id] ?? []).toEqual([])
  })

  test('a document of another type is refused naming it; the dialog’s 确定 is the app’s blue and “.docx” stays whole', async () => {
    const view = await openItem(id)
    const chooser = page.waitForEvent('filechooser')
    await view.getByLabel('添加文件').tap()
    await (await chooser).setFiles({ name: '2022年度学会工作总结及附件材料汇编（定稿）.doc x.zip', mimeType: 'application/zip', buffer: Buffer.from('PK') })
    await waitForText(modal().locator('.taro-modal__title'), '有文件不能上传')
    const confirm = modal().locator('.taro-model__confirm')
    expect(await confirm.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(31, 111, 214)')
    expect(await modal().locator('.taro-modal__text').evaluate((e) => getComputedStyle(e).wordBreak)).toBe('normal')
    await shot(page, 'evidence-refused-document')
    await confirm.tap()
    expect(await view.locator('.evidence-doc').count()).toBe(0)
  })
})

describe('a link to an item that is not in the form', () => {
  test('says so, naming the id, and 查看全部指标 opens the list of items', async () => {
    await page.goto(`/#${routes.item('B99.9', YEAR)}`)
    await page.reload()
    const view = shown(page)
    await waitForText(view.locator('.page-state'), /没有这个指标.*2022年度的自评表中没有指标“B99\.9”，链接可能已过期。/)
    await shot(page, 'item-missing')
    await button(view, '查看全部指标').tap()
    await page.waitForURL(/#\/filler\/sections\/index/)
    await shown(page).locator('.sections__total').waitFor()
  })
})
