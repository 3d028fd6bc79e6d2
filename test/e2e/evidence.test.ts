/**
 * Evidence beyond photos, in the real H5 build in Chromium at phone size: a filler attaches a PDF (a chip
 * with its name, type and size, opened in a new tab), is told on attaching a photo already used in another
 * item, and sees a photo whose file disappeared as missing; the reviewer sees the PDF beside the photos and,
 * without looking for it, which photos were reused in the form and by another society.
 * Screenshots go to test-artifacts/evidence/.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { encodeJpeg, syntheticScene } from '../../bench/evidence/synthetic-photos'
import { pdfFile } from '../fixtures/evidence-files'
import { asDevUser, mustCall, shown, waitForText } from './support/app'
import { phoneContext } from './support/browser'
import { fillerPhone } from './support/filler-phone'
import { itemPage } from './support/item-page'
import { attachByApi } from './support/photos'

const YEAR = 2022
/** A photo from a phone: a generated scene of 1200×900. */
const PHOTO = Buffer.from(encodeJpeg(syntheticScene(21, 1200, 900), 88))
const OTHER_PHOTO = Buffer.from(encodeJpeg(syntheticScene(22, 1200, 900), 88))

const phone = fillerPhone('evidence', 'dev-filler-1')
let societyId = ''

beforeAll(async () => {
  societyId = (await mustCall(phone.context.request, 'account.whoami', {})).society.id
  // The form already has the photo on B2.1, another photo on B3.2 (whose file will vanish) ...
  await attachByApi(phone.context.request, { societyId, year: YEAR, itemId: 'B2.1' }, 'meeting.jpg', PHOTO)
  const vanishing = await attachByApi(phone.context.request, { societyId, year: YEAR, itemId: 'B3.2' }, 'vanishing.jpg', OTHER_PHOTO)
  rmSync(join(phone.emulator.dataDir, 'files', vanishing.replace(/^local:/, '')))
  // ... and another society used the very same photo for its B3.1.
  const other = phone.emulator.seed().societies.find((s) => s.name === '自治区农学会')!
  await asDevUser(phone.emulator.url, 'dev-new-evidence', async (request) => {
    await mustCall(request, 'account.bind', { bindingCode: other.bindingCode, name: '李华', phone: '13900000001' })
    await attachByApi(request, { societyId: other.id, year: YEAR, itemId: 'B3.1' }, 'copied.jpg', PHOTO)
  })
})


const openItem = async (itemId: string) => {
  await phone.page.goto(`/#/pages/item/index?id=${itemId}&year=${YEAR}`)
  return itemPage(phone.page, itemId)
}

test('a filler attaches a PDF: a chip with its name, type and size, that opens in a new tab', async () => {
  const view = await openItem('B1.2')
  const chooser = phone.page.waitForEvent('filechooser')
  await view.getByLabel('添加文件').tap()
  await (await chooser).setFiles({ name: '2022年度年检结果.pdf', mimeType: 'application/pdf', buffer: pdfFile() })
  const chip = view.locator('.evidence-doc').filter({ hasText: '2022年度年检结果.pdf' })
  await waitForText(chip.locator('.evidence-doc__detail'), /^PDF · 1 KB$/, 30_000)
  await phone.shot(phone.page, 'filler-item-with-pdf-chip')

  // The new tab's request for the file: a browser without a PDF viewer (the packaged headless one) takes it as
  // a download and the tab never commits, so the request is what proves the tap opened the document.
  const opened = phone.context.waitForEvent('page')
  const requested = phone.context.waitForEvent('request', { predicate: (r) => /\/files\/.*\.pdf/i.test(decodeURIComponent(r.url())) })
  await chip.tap()
  const [tab, request] = await Promise.all([opened, requested])
  const response = await phone.context.request.get(request.url())
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('application/pdf')
  expect(Buffer.from(await response.body()).equals(pdfFile())).toBe(true)
  await tab.close()
  // As a person switching back: the app's tab is shown again (a background tab defers its dialogs' animation).
  await phone.page.bringToFront()
})

test('a filler attaching a photo already used in another item is told so', async () => {
  const view = await openItem('B1.3')
  const chooser = phone.page.waitForEvent('filechooser')
  await view.locator('.evidence-photos__add').tap()
  // The browser recompresses the photo before uploading it: the same picture, other bytes.
  await (await chooser).setFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: PHOTO })
  // Taro H5's modal root has no box of its own (its parts are fixed-positioned): wait for its visible content.
  const dialog = phone.page.locator('.taro__modal .taro-modal__content').filter({ hasText: '照片重复' })
  await dialog.waitFor({ timeout: 60_000 })
  expect(await dialog.textContent()).toMatch(/这张照片已用于本表的 B2\.1/)
  await phone.shot(phone.page, 'filler-told-photo-reused')
  await dialog.getByText('确定').tap()
  await waitForText(view.locator('.evidence-dups__text'), '第1张：同一张照片也用于 B2.1（本表）')
  await phone.shot(phone.page, 'filler-item-duplicate-flag')
})

test('a photo whose file disappeared shows as missing, not as a broken image', async () => {
  const view = await openItem('B3.2')
  await waitForText(view.locator('.evidence-photos__placeholder'), '照片已丢失')
  expect(await view.locator('.evidence-photos__image').count()).toBe(0)
  await phone.shot(phone.page, 'filler-item-missing-photo')
})

test('the reviewer sees the PDF beside the photos and is told which photos were reused, a tap from each', async () => {
  const reviewerContext = await phoneContext(phone.browser, phone.emulator.url)
  try {
    await reviewerContext.request.post('/api/dev/login', { data: { openid: 'dev-reviewer' } })
    const { rows } = await mustCall(reviewerContext.request, 'review.list', { year: YEAR })
    const submissionId = rows.find((r: { societyId: string }) => r.societyId === societyId).id as string
    const reviewer = await reviewerContext.newPage()
    phone.watch(reviewer)
    await reviewer.goto(`/#/reviewer/pages/detail/index?id=${submissionId}`)
    const view = shown(reviewer)
    const summary = view.locator('.evidence-summary')
    await waitForText(summary.locator('.evidence-summary__title'), '发现2张照片重复使用，其中2张也出现在其他学会的填报中')
    expect(await summary.locator('.evidence-summary__row').allTextContents()).toEqual([
      'B1.3：同一张照片也用于 B2.1（本表）、自治区农学会 B3.1',
      'B2.1：同一张照片也用于 B1.3（本表）、自治区农学会 B3.1',
    ])
    const b12 = view.locator('[data-item="B1.2"]')
    await waitForText(b12.locator('.evidence-doc__name'), '2022年度年检结果.pdf')
    const b21 = view.locator('[data-item="B2.1"]')
    await waitForText(b21.locator('.evidence-dups__text'), '第1张：同一张照片也用于 B1.3（本表）、自治区农学会 B3.1')
    await waitForText(view.locator('[data-item="B3.2"] .evidence-photos__placeholder'), '照片已丢失')
    await phone.shot(reviewer, 'reviewer-detail-flags')
    await b21.getByText('查看自治区农学会 B3.1').tap()
    await reviewer.locator('.taro-preview-image, .taro__preview, [class*=preview]').first().waitFor()
    await phone.shot(reviewer, 'reviewer-compares-reused-photo')
  } finally {
    await reviewerContext.close()
  }
})
