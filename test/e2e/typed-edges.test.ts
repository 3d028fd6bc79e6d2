/**
 * Values typed as users type them, walked in the real H5 build at 375 px (and 1280 px for the admin's pages).
 *
 * Nothing typed or pasted is cut at a field's limit (DESIGN: "nothing typed is cut silently"): a binding code pasted with too much, a 12-digit phone, an invitation code and names one
 * character too long, a grade name of 11 characters, a reminder schedule pasted with padding, a pasted list beyond
 * what the import takes, and a name with a character outside the BMP counted as one. Each field keeps all of it,
 * its message names it, and nothing is stored until it is mended. A grade threshold in exponent form or negative
 * is refused, a decimal one is stored as typed. A deadline's year typed digit by digit is saved once, whole (the
 * box's passing year 2 asked to close filling at once). A reviewer's link to a submission that
 * does not exist offers the way back to the list, not a 重试 that cannot help. Pictures go to
 * test-artifacts/e2e-typed-edges/.
 */
import type { Page } from 'playwright-core'
import { button, callApi, field, mustCall, openAfresh, shown, waitForText } from './support/app'
import { watchAction } from './support/network'
import { journey } from './support/journey'
import { shotAtBothWidths } from './support/shots'

const YEAR = 2022

const world = journey('e2e-typed-edges')
const { shot, signedIn } = world
const shotBoth = (page: Page, name: string) => shotAtBothWidths(shot, page, name)

const roleOf = async (page: Page) => (await mustCall(page.request, 'account.whoami', {})).role as string | null

let admin: Page

beforeAll(async () => {
  admin = await signedIn('dev-admin')
})

test('绑定: a code pasted with too much and a 12-digit phone are kept whole and named; the code in full-width letters and a phone as +86 138-0013-8001 bind', async () => {
  const { bindingCode } = await mustCall(admin.request, 'admin.registerSociety', { name: '自治区地震学会', contact: '钱老师' })
  const filler = await signedIn('dev-new-typed-edges')
  const view = await openAfresh(filler, 'filler/bind/index', '.bind__title')

  const pasted = `${bindingCode} ${'X'.repeat(40)}`
  await field(view, '绑定码').fill(pasted)
  await field(view, '填报人').fill('钱多多')
  await field(view, '手机号').fill('138001380001')
  await button(view, '绑定').tap()
  await waitForText(view.locator('.form-field__error'), '绑定码不能超过32字')
  await waitForText(view.locator('.form-field__error'), /^手机号应为11位/)
  expect(await field(view, '绑定码').inputValue()).toBe(pasted)
  expect(await field(view, '手机号').inputValue()).toBe('138001380001')
  await shot(filler, 'bind-too-long')
  expect(await roleOf(filler)).toBeNull()

  // As a Chinese keyboard in full-width mode types it, in two halves: read as the code it was issued as.
  const typedCode = [...bindingCode.toLowerCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')
  await field(view, '绑定码').fill(`${typedCode.slice(0, 4)} ${typedCode.slice(4)}`)
  await field(view, '手机号').fill('+86 138-0013-8001')
  await view.locator('.form-field__error').waitFor({ state: 'detached' })
  expect(await field(view, '手机号').inputValue()).toBe('+86 138-0013-8001')
  await button(view, '绑定').tap()
  await filler.waitForURL(/#\/pages\/home\/index/)
  const me = await mustCall(filler.request, 'account.whoami', {})
  expect(me.role).toBe('filler')
  expect(me.profile).toEqual({ name: '钱多多', phone: '13800138001' })
})

test('邀请码: a code and a name one character too long are named as they are typed, kept whole, and nothing is joined', async () => {
  const stranger = await signedIn('dev-new-invitee')
  const view = await openAfresh(stranger, 'filler/invite/index', '.invite__title')
  const code = 'A'.repeat(33)
  const name = '阿'.repeat(31)
  await field(view, '邀请码').fill(code)
  await field(view, '姓名').fill(name)
  await waitForText(view.locator('.invite__error'), '邀请码不能超过32字')
  await waitForText(view.locator('.invite__error'), '姓名不能超过30字')
  expect(await field(view, '邀请码').inputValue()).toBe(code)
  expect(await field(view, '姓名').inputValue()).toBe(name)
  await button(view, '成为审核员').tap()
  await shot(stranger, 'invite-too-long')
  expect(await roleOf(stranger)).toBeNull()
})

test('邀请审核员: a name of 31 characters is named as it is typed and no invitation is made', async () => {
  const before = (await mustCall(admin.request, 'admin.listInvites', {})).invites.length
  const view = await openAfresh(admin, 'admin/pages/people/index', '.people__heading')
  const name = '审'.repeat(31)
  await field(view, '被邀请人').fill(name)
  await waitForText(view.locator('.people__error'), '被邀请人不能超过30字')
  expect(await field(view, '被邀请人').inputValue()).toBe(name)
  await button(view, '生成邀请码').tap()
  await shotBoth(admin, 'people-invite-too-long')
  expect(await view.locator('.people__made').count()).toBe(0)
  expect((await mustCall(admin.request, 'admin.listInvites', {})).invites.length).toBe(before)
})

test('等级划分: a grade name of 11 characters is named, kept whole and cannot be saved; the server refuses it by name too', async () => {
  const view = await openAfresh(admin, 'admin/pages/years/index', '.reminder-schedule')
  const label = '优'.repeat(11)
  const input = view.getByLabel('第1档等级名称', { exact: true }).locator('input')
  await input.fill(label)
  await waitForText(view.locator('.years__error'), '等级划分：第1档的等级名称不能超过10字（现有11字）')
  expect(await input.inputValue()).toBe(label)
  expect(await button(view, '保存等级划分').getAttribute('class')).toMatch(/disabled/)
  await input.scrollIntoViewIfNeeded()
  await shotBoth(admin, 'grade-band-too-long')

  const refused = await callApi(admin.request, 'admin.updateYear', { year: YEAR, gradeBands: [{ label, min: 0 }] })
  expect(refused.ok).toBe(false)
  expect(refused.message).toContain('等级名称不能超过10字')
  const { years } = await mustCall(admin.request, 'review.years', {})
  expect(years.find((y: { year: number }) => y.year === YEAR).gradeBands[0].label).toBe('优秀')
})

test('等级划分: a threshold of 1e2 or -5 is named and not saved; 79,5 is saved as 79.5 and read back after a reload', async () => {
  const view = await openAfresh(admin, 'admin/pages/years/index', '.reminder-schedule')
  const threshold = view.getByLabel('第2档分数线', { exact: true }).locator('input')
  for (const typed of ['1e2', '-5']) {
    await threshold.fill(typed)
    await waitForText(view.locator('.years__error'), '等级划分：第2档的分数线应为不小于0的数字')
    expect(await button(view, '保存等级划分').getAttribute('class')).toMatch(/disabled/)
  }
  await threshold.fill('79,5')
  await view.locator('.years__error').first().waitFor({ state: 'detached' })
  await shotBoth(admin, 'grade-threshold-comma')
  const save = button(view, '保存等级划分')
  await save.tap()
  await admin.waitForFunction((element) => element?.className.includes('disabled'), await save.elementHandle())
  const { years } = await mustCall(admin.request, 'review.years', {})
  expect(years.find((y: { year: number }) => y.year === YEAR).gradeBands[1]).toEqual({ label: '良好', min: 79.5 })
  const again = await openAfresh(admin, 'admin/pages/years/index', '.reminder-schedule')
  expect(await again.getByLabel('第2档分数线', { exact: true }).locator('input').inputValue()).toBe('79.5')
})

test('填报截止: a year typed digit by digit into the date field saves only the whole date, never year 2 or 202 on the way', async () => {
  const view = await openAfresh(admin, 'admin/pages/years/index', '.reminder-schedule')
  const updates = watchAction(admin, 'admin.updateYear')
  try {
    const date = view.getByLabel('填报截止日期', { exact: true })
    await date.click({ position: { x: 14, y: 12 } })
    await admin.keyboard.type('12312027', { delay: 60 })
    await waitForText(view.locator('.years__value'), '当前：2027年12月31日截止')
    expect(updates.inputs.map((input) => input.deadline)).toEqual(['2027-12-31'])
    expect(await admin.locator('.taro__modal, .nut-dialog').filter({ visible: true }).count()).toBe(0)
  } finally {
    updates.stop()
  }
  const refused = await callApi(admin.request, 'admin.updateYear', { year: YEAR, deadline: '0202-12-31' })
  expect(refused.message).toMatch(/填报截止日期的年份应在2000到2100之间/)
  await mustCall(admin.request, 'admin.updateYear', { year: YEAR, deadline: null })
})

test('自动提醒: a schedule pasted with padding keeps its last day (a cut at 40 characters lost it) and saves whole', async () => {
  const view = await openAfresh(admin, 'admin/pages/years/index', '.reminder-schedule')
  const card = view.locator('.reminder-schedule')
  const typed = `7，3，1${' '.repeat(40)}，30`
  await field(card, '自动提醒的提前天数').fill(typed)
  expect(await field(card, '自动提醒的提前天数').inputValue()).toBe(typed)
  const save = button(card, '保存自动提醒')
  await card.locator('.reminder-schedule__preview').waitFor()
  await save.tap()
  await waitForText(card.locator('.reminder-schedule__value'), '当前：截止前30、7、3、1天提醒')
  const { years } = await mustCall(admin.request, 'review.years', {})
  expect(years.find((y: { year: number }) => y.year === YEAR).reminderDaysBefore).toEqual([30, 7, 3, 1])
})

test('导入学会: a pasted list beyond 200,000 characters is kept, named with its length, and cannot be previewed', async () => {
  const view = await openAfresh(admin, 'admin/pages/import/index', '.import__title')
  const row = `自治区${'某'.repeat(190)}学会\t王老师\t13800138000\n`
  const pasted = row.repeat(Math.ceil(200_001 / row.length))
  const box = view.getByLabel('粘贴名单', { exact: true }).locator('textarea')
  await box.fill(pasted)
  await waitForText(view.locator('.import__error'), /^粘贴名单过长（[\d,]+字，最多200,000字），请分批粘贴或改用文件导入$/)
  expect((await box.inputValue()).length).toBe(pasted.length)
  expect(await button(view, '预览').getAttribute('class')).toMatch(/disabled/)
  await shotBoth(admin, 'import-paste-too-long')

  await box.fill(row.repeat(3))
  await view.locator('.import__error').waitFor({ state: 'detached' })
  expect(await button(view, '预览').getAttribute('class')).not.toMatch(/disabled/)
})

test('添加学会: a name with a character outside the BMP counts it once, so 60 characters fit and are stored whole', async () => {
  const view = await openAfresh(admin, 'admin/pages/societies/index', '.nut-button')
  await button(view, '添加学会').tap()
  const dialog = admin.locator('.nut-dialog').filter({ visible: true })
  const name = `自治区${'𠮷'.repeat(3)}${'学'.repeat(51)}研究会`
  expect(Array.from(name)).toHaveLength(60)
  await dialog.getByLabel('学会名称', { exact: true }).locator('input').fill(name)
  await waitForText(dialog.locator('.society-form__count').first(), '60/60')
  expect(await dialog.locator('.society-form__count--over').count()).toBe(0)
  await shotBoth(admin, 'society-name-outside-bmp')
  await dialog.locator('.nut-dialog-footer-ok').tap()
  await waitForText(shown(admin).locator('.codes__title'), /^新登记：自治区𠮷𠮷𠮷学/)
  const { societies } = await mustCall(admin.request, 'admin.listSocieties', {})
  expect((societies as { name: string }[]).some((s) => s.name === name)).toBe(true)
})

test('审核: a link to a submission that does not exist offers 返回审核列表, which opens the list', async () => {
  const reviewer = await signedIn('dev-reviewer')
  const view = await openAfresh(reviewer, 'reviewer/pages/detail/index?id=no-such-submission', '.page-state')
  await waitForText(view.locator('.page-state'), /找不到这份填报/)
  expect(await button(view, '重试').count()).toBe(0)
  await shot(reviewer, 'review-missing')
  await button(view, '返回审核列表').tap()
  await reviewer.waitForURL(/#\/reviewer\/pages\/list\/index/)
  await shown(reviewer).locator('.review-list').waitFor()
})
