/**
 * The compiled mini-program, as the H5 walk in test/e2e/not-yet-links.test.ts: a filler's links to the form of a
 * year not opened say so (home without the items, the other form pages with 返回首页), the 公示 of a year not
 * published says so with 返回, and the dashboard of a year not opened too; none offers a 重试 or reads 加载失败.
 */
import { YEAR, admin, newFiller } from './support/people'
import { openMiniProgram, type RenderedPage } from './support/simulator'
import { callsSince } from './support/wait'

const phone = openMiniProgram()
const { since } = callsSince(phone.wx)
const UNOPENED = 2031

/** The page says `text` under 暂时不能查看, offers no 重试, and `exit` (opened by a link) redirects to `home`. */
async function saysNotThere(page: RenderedPage, text: string, exit: string, home = '/pages/home/index'): Promise<void> {
  await page.waitForText(text)
  expect(page.text()).toContain('暂时不能查看')
  expect(page.text()).not.toContain('加载失败')
  expect(page.text()).not.toContain('重试')
  const mark = phone.wx.calls.length
  await page.tap(exit)
  expect(since(mark, 'redirectTo').map((call) => call.args.url)).toEqual([home])
  expect(page.problems).toEqual([])
  page.close()
}

it(`a filler's links to the ${UNOPENED} form say it is not opened: home without its items, the form pages with 返回首页`, async () => {
  phone.wx.cookie = (await newFiller('not-yet')).cookie
  const home = await phone.open('pages/home/index', { year: String(UNOPENED) })
  await home.waitForText(`${UNOPENED}年度尚未开放填报，暂时没有可填写的自评表。`)
  expect(home.text()).not.toContain('评价指标')
  expect(home.text()).toContain(`回到${YEAR}年度`)
  expect(home.problems).toEqual([])
  home.close()

  await saysNotThere(await phone.open('filler/sections/index', { year: String(UNOPENED) }), `${UNOPENED}年度尚未开放填报`, '返回首页')
  await saysNotThere(await phone.open('filler/item/index', { id: 'B1.1', year: String(UNOPENED) }), `${UNOPENED}年度尚未开放填报`, '返回首页')
  await saysNotThere(await phone.open('filler/submit/index', { year: String(UNOPENED) }), `${UNOPENED}年度尚未开放填报`, '返回首页')
})

it('公示 of a year not yet published says so with 返回', async () => {
  phone.wx.cookie = (await newFiller('not-published')).cookie
  await saysNotThere(await phone.open('filler/public-results/index', { year: String(YEAR) }), `${YEAR}年度的审核结果尚未公示`, '返回', `/pages/home/index?year=${YEAR}`)
})

it(`统计看板 of ${UNOPENED} says the year is not opened, with 返回`, async () => {
  phone.wx.cookie = (await admin()).cookie
  await saysNotThere(await phone.open('dashboard/pages/overview/index', { year: String(UNOPENED) }), `${UNOPENED}年度尚未开放填报`, '返回')
})
