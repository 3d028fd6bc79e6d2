/**
 * A photo still uploading when the filler leaves its item page, walked in the real H5 build at 375 px: it goes on
 * uploading; the submit page says it is on its way and will not hand the form in until it is in (the server
 * would refuse to register it on a handed-in form, and the photo would be lost); when it fails, the submit page
 * names the item, and the item page still holds it with 重试, which registers it. Pictures go to
 * test-artifacts/e2e-upload-left-behind/.
 */
import type { Page, Route } from 'playwright-core'
import { getRubric, rubricItems } from '../../src/shared'
import { answersFor, bestAnswer } from '../shared/answer-builders'
import { button, mustCall, shown, waitForText } from './support/app'
import { journey } from './support/journey'
import { itemPage } from './support/item-page'
import { encodeJpeg, syntheticScene } from '../../bench/evidence/synthetic-photos'

const YEAR = 2022

const world = journey('e2e-upload-left-behind')
const { shot } = world
let filler: Page

beforeAll(async () => {
  filler = await world.signedIn('dev-filler-1')
  const { version } = await mustCall(filler.request, 'submission.get', { year: YEAR })
  await mustCall(filler.request, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: answersFor(rubricItems(getRubric(YEAR)), bestAnswer) })
})

/** Opens a page of the app in place (a hash change: the app and its uploads go on, as a tap would). */
const goInApp = (path: string) => filler.evaluate((hash) => void (window.location.hash = hash), `#/${path}`)

test('a photo left uploading holds 提交 until it is in; failed, the submit page names its item and the item page keeps it with 重试', async () => {
  await filler.goto('/#/filler/item/index?id=B2.1&year=2022')
  let view = await itemPage(filler, 'B2.1')
  // The upload is held on its way, as on a slow network.
  let held: Route | null = null
  await filler.route('**/api/upload**', (route) => void (held = route))
  const chooser = filler.waitForEvent('filechooser')
  await view.locator('.evidence-photos__add').tap()
  const photo = Buffer.from(encodeJpeg(syntheticScene(7, 1200, 900), 85))
  await (await chooser).setFiles({ name: 'IMG_0007.jpg', mimeType: 'image/jpeg', buffer: photo }, { timeout: 90_000 })
  await waitForText(view.locator('.evidence-photos__status'), /^上传中/, 30_000)

  await button(view, '下一项').tap()
  await itemPage(filler, 'B3.1')
  await goInApp('filler/submit/index?year=2022')
  let submit = shown(filler)
  await waitForText(submit.locator('.submit__warning'), '还有 1 个证明材料正在上传，上传完成后才能提交。')
  expect(await button(submit, '提交自评表').getAttribute('class')).toContain('disabled')
  await shot(filler, 'submit-while-uploading')

  // The network drops it.
  await held!.abort('failed')
  await filler.unroute('**/api/upload**')
  await waitForText(submit.locator('.nut-cell-group-title'), '1 个证明材料未上传成功：请到指标中重试或删除后再提交')
  expect(await button(submit, '提交自评表').getAttribute('class')).toContain('disabled')
  await filler.locator('.taro__toast').waitFor({ state: 'hidden' }).catch(() => undefined)
  await shot(filler, 'submit-upload-failed')

  await submit.locator('.item-links__cell').filter({ hasText: 'B2.1' }).tap()
  view = await itemPage(filler, 'B2.1')
  await waitForText(view.locator('.evidence-photos__status'), '上传失败')
  await shot(filler, 'item-upload-failed-kept')
  await view.locator('.evidence-photos__retry').tap()
  await view.locator('.evidence-photos__overlay').waitFor({ state: 'detached', timeout: 30_000 })
  const stored = await mustCall(filler.request, 'submission.get', { year: YEAR })
  expect(stored.evidence['B2.1']).toHaveLength(1)

  await goInApp('filler/submit/index?year=2022')
  submit = shown(filler)
  await submit.locator('.submit__complete').waitFor()
  expect(await submit.locator('.submit__warning').count()).toBe(0)
  expect(await button(submit, '提交自评表').getAttribute('class')).not.toContain('disabled')
})
