/**
 * A society deactivated by the admin while its filler fills in, walked in the real H5 build at 375 px. The
 * answer typed just then is refused by the server: the item page says why and turns read-only, once, instead of
 * 保存中… for ever while the phone sent the save again in a loop; home says why too. The answer waits on the
 * phone (the page shows what the server holds) and is saved once the society is active again. Pictures go to test-artifacts/e2e-society-deactivated/.
 */
import type { Page } from 'playwright-core'
import { getRubric, rubricItems } from '../../src/shared'
import { asDevUser, mustCall, openAfresh, waitForText } from './support/app'
import { journey } from './support/journey'
import { answerItem, itemPage } from './support/item-page'
import { localEdits, watchAction } from './support/network'

const YEAR = 2022
const REASON = '本学会已停用（如有疑问请联系管理员），内容只能查看不能修改'
const B21 = rubricItems(getRubric(YEAR)).find((i) => i.id === 'B2.1')!

const world = journey('e2e-society-deactivated')
const { shot } = world
let filler: Page

beforeAll(async () => {
  filler = await world.signedIn('dev-filler-1')
})

const setActive = (active: boolean) =>
  asDevUser(world.emulator.url, 'dev-admin', (admin) => mustCall(admin, 'admin.updateSociety', { societyId: world.emulator.seed().societies[0]!.id, active }))

test('deactivated mid-form: the answer typed is refused once, the page says why and turns read-only; home says why', async () => {
  await filler.goto('/#/filler/item/index?id=B2.1&year=2022')
  const view = await itemPage(filler, 'B2.1')
  await setActive(false)
  const saves = watchAction(filler, 'submission.saveAnswers')
  await answerItem(view, B21, { tier: 'pass' }, 5)
  await waitForText(view.locator('.item-page__readonly'), REASON)
  // Given time to loop, it did not: one save, refused.
  await filler.waitForTimeout(3000)
  // Read-only now: another tier tapped changes nothing.
  await view.locator('.answer-widget__tier').filter({ hasText: '基本合格' }).tap()
  await filler.waitForTimeout(1500)
  saves.stop()
  expect(saves.inputs).toHaveLength(1)
  // Read-only, the page shows what the server holds (nothing for B2.1); the answer waits on the phone.
  await waitForText(view.locator('.item-page__score .score-badge__score'), '—')
  expect(await localEdits(filler, YEAR)).toMatchObject({ 'B2.1': { answer: { tier: 'pass' } } })
  await shot(filler, 'item-deactivated')

  const home = await openAfresh(filler, 'pages/home/index', '.home__status')
  await waitForText(home.locator('.home__notice--error'), REASON)
  await shot(filler, 'home-deactivated')
})

test('active again: the answer kept on the phone is saved', async () => {
  await setActive(true)
  const home = await openAfresh(filler, 'pages/home/index', '.home__status')
  await waitForText(home.locator('.save-indicator'), '已保存')
  expect(await home.locator('.home__notice--error').count()).toBe(0)
  const stored = await mustCall(filler.request, 'submission.get', { year: YEAR })
  expect(stored.answers['B2.1']).toEqual({ tier: 'pass' })
  await shot(filler, 'home-active-again')
})
