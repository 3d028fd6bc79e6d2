/**
 * Lists read page by page while the year goes on, walked in the real H5 build at 375 px. The reviewer's list
 * (最近更新, 20 a page) and inbox (20 a page) show their first page; then a society on the list's second page
 * withdraws its form (it moves to the top of the list, and a new message arrives). 加载更多 then lists every
 * society and every message once: read page by page by offset, the row on the first page's edge used to come
 * again and the society that moved was never listed, the new message never shown. Pictures go to
 * test-artifacts/e2e-list-paging/.
 */
import type { Locator } from 'playwright-core'
import { asDevUser, button, mustCall, openAfresh, waitForText } from './support/app'
import { journey } from './support/journey'
import { fullPatch } from '../emulator/fill-in'

const YEAR = 2022
const SOCIETIES = 25

const world = journey('e2e-list-paging')
const { shot } = world
const fillerOf = (i: number) => `dev-paging-filler-${i}`
const nameOf = (i: number) => `自治区分页测试学会${String(i).padStart(2, '0')}`

beforeAll(async () => {
  // One society after another fills in and submits: each submit tells the reviewer, the latest on top.
  await asDevUser(world.emulator.url, 'dev-admin', async (admin) => {
    for (let i = 0; i < SOCIETIES; i++) {
      const { bindingCode } = await mustCall(admin, 'admin.registerSociety', { name: nameOf(i), contact: '王老师' })
      await asDevUser(world.emulator.url, fillerOf(i), async (filler) => {
        await mustCall(filler, 'account.bind', { bindingCode, name: '王老师', phone: '13900139000' })
        const { version } = await mustCall(filler, 'submission.get', { year: YEAR })
        await mustCall(filler, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: fullPatch() })
        await mustCall(filler, 'submission.submit', { year: YEAR })
      })
    }
  })
}, 240_000)

/** Each row's text, without the 新 mark of a form the reviewer has not opened yet. */
const texts = async (rows: Locator) => (await rows.allInnerTexts()).map((t) => t.replace(/^\s*新/, '').trim())
const countOf = (names: string[]) => names.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map<string, number>())

test('审核列表 and 消息: a society that moved while the reviewer read the first page is listed after 加载更多, and nothing twice', async () => {
  const reviewer = await world.signedIn('dev-reviewer')
  const inbox = await world.signedIn('dev-reviewer')

  const list = await openAfresh(reviewer, 'reviewer/pages/list/index', '.review-list__name')
  await waitForText(list.locator('.review-list__count'), /^共 \d+ 个学会$/)
  const total = Number((await list.locator('.review-list__count').innerText()).match(/\d+/)![0])
  expect(total).toBeGreaterThan(20)
  const names = list.locator('.review-list__name')
  expect(await names.count()).toBe(20)
  // The earliest to submit is on the second page.
  expect(await texts(names)).not.toContain(nameOf(0))

  const messages = await openAfresh(inbox, 'filler/inbox/index', '.inbox__row')
  const titles = messages.locator('.inbox__row')
  expect(await titles.count()).toBe(20)

  // While the reviewer reads, the earliest society withdraws its form: it is now the most recently updated.
  await asDevUser(world.emulator.url, fillerOf(0), (filler) => mustCall(filler, 'submission.withdraw', { year: YEAR }))

  await button(list, '加载更多').tap()
  await waitForText(list.locator('.review-list__name'), nameOf(0))
  let shown = await texts(names)
  while (shown.length < total && (await button(list, '加载更多').count()) > 0) {
    await button(list, '加载更多').tap()
    await reviewer.waitForTimeout(500)
    shown = await texts(names)
  }
  expect(shown).toHaveLength(total)
  expect([...countOf(shown).values()].every((n) => n === 1)).toBe(true)
  expect(shown.filter((n) => n.startsWith('自治区分页测试学会'))).toHaveLength(SOCIETIES)
  await shot(reviewer, 'list-all', { whole: false })

  await button(messages, '加载更多').tap()
  await messages.locator('.inbox__row').nth(SOCIETIES).waitFor()
  const rows = await texts(titles)
  expect(rows).toHaveLength(SOCIETIES + 1)
  expect(rows.filter((r) => r.includes('撤回'))).toHaveLength(1)
  expect(new Set(rows).size).toBe(rows.length)
  expect(await button(messages, '加载更多').count()).toBe(0)
  await shot(inbox, 'inbox-all', { whole: false })
})
