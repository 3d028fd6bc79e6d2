/**
 * The compiled mini-program, as the H5 walk in test/e2e/list-paging.test.ts: the reviewer's list (最近更新, 20 a
 * page) shows its first page; a society on the second page withdraws its form and so moves to the top; 加载更多
 * then lists every society once, the one that moved among them (read by offset, the row on the first page's
 * edge used to come again and the one that moved was never listed).
 */
import { YEAR, newFiller, reviewer, submitAll, type Person } from './support/people'
import { mustCall } from './support/emulator-client'
import { openMiniProgram, type RenderedPage } from './support/simulator'

const phone = openMiniProgram()
const names = (page: RenderedPage) => page.all('[class*="review-list__name"]').map((e) => (e.textContent ?? '').replace(/^\s*新/, '').trim())

it('审核列表: a society that moved while the first page was read is listed after 加载更多, and none twice', async () => {
  // Enough forms that the list has a second page whatever the layer's other files added.
  const fillers: (Person & { societyName: string })[] = []
  for (let i = 0; i < 21; i++) {
    const filler = await newFiller(`paging${i}`)
    await submitAll(filler)
    fillers.push(filler)
  }
  phone.wx.cookie = (await reviewer()).cookie
  const list = await phone.open('reviewer/pages/list/index')
  await list.waitForText(/共 \d+ 个学会/)
  const total = Number(list.text().match(/共 (\d+) 个学会/)![1])
  expect(names(list)).toHaveLength(20)
  const earliest = fillers[0]!
  expect(names(list)).not.toContain(earliest.societyName)

  await mustCall(earliest.cookie, 'submission.withdraw', { year: YEAR })
  for (let taps = 0; names(list).length < total && list.text().includes('加载更多') && taps < 10; taps++) {
    await list.tap('加载更多')
    await list.idle()
  }
  const shown = names(list)
  expect(shown).toHaveLength(total)
  expect(new Set(shown).size).toBe(total)
  expect(shown[0]).toBe(earliest.societyName)
  expect(list.problems).toEqual([])
  list.close()
})
