/**
 * Two phones change the same item while this one cannot save: home asks which answer to keep, in the modal Taro
 * draws for Taro.showModal in the browser (WeChat draws its own), with both answers in words; the choice is what
 * the server keeps. Screenshots go to test-artifacts/conflict-prompt/.
 */
import { getRubric, itemById } from '../../src/shared'
import { routes } from '../../src/shared/routes'
import { mustCall, shown, waitForText } from './support/app'
import { fillerPhone } from './support/filler-phone'
import { answerItem, itemPage } from './support/item-page'
import { blockSaves } from './support/network'

const YEAR = 2022
const item = itemById(getRubric(YEAR)).get('B2.1')!

const phone = fillerPhone('conflict-prompt', 'dev-filler-1')

const stored = async () => (await mustCall(phone.page.request, 'submission.get', { year: YEAR })) as { version: number; answers: Record<string, unknown> }

test('home asks which of two phones’ answers to keep; 另一台的 keeps the other phone’s on the server', async () => {
  const { page, shot } = phone
  await page.goto(`/#${routes.item(item.id, YEAR)}`)
  const view = await itemPage(page, item.id)
  await answerItem(view, item, { tier: 'pass' }, 5)
  await view.locator('.save-indicator--saved').waitFor()
  const { version } = await stored()

  const saves = await blockSaves(page)
  await answerItem(view, item, { tier: 'basic' }, 3)
  await waitForText(view.locator('.save-indicator'), '离线，已存本机')
  // The other phone saves 不合格 on the same version meanwhile.
  await mustCall(page.request, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: { [item.id]: { tier: 'fail' } } })
  await page.goto(`/#${routes.home()}`)
  await shown(page).locator('.home').waitFor()
  await saves.release()

  // The draft store retries a failed save after 2, 4, 8… s: the prompt comes with the next retry.
  const modal = page.locator('.taro__modal').filter({ has: page.locator('.taro-modal__content').filter({ visible: true }) })
  await waitForText(modal.locator('.taro-modal__title'), '两台设备改了同一项', 60_000)
  expect((await modal.locator('.taro-modal__text').innerText()).split('\n')).toEqual([
    `${item.id} ${item.indicator}`,
    '本机的内容：',
    '基本合格（3分）',
    '另一台设备的内容：',
    '不合格或没有完成年检（0分）',
  ])
  expect(await modal.locator('.taro-model__confirm').innerText()).toBe('保留本机')
  await shot(page, 'home-conflict-prompt')
  await modal.locator('.taro-model__cancel').filter({ hasText: '另一台的' }).click()
  await modal.waitFor({ state: 'hidden' })
  await page.waitForTimeout(1500)
  expect((await stored()).answers[item.id]).toEqual({ tier: 'fail' })
  await page.reload()
  await shown(page).locator('.home').waitFor()
  await shot(page, 'home-after-conflict')
  expect((await stored()).answers[item.id]).toEqual({ tier: 'fail' })
})
