/**
 * Every page of the compiled mini-program, read from the built app.json (main package and subpackages), rendered
 * by WeChat's own wcc in miniprogram-simulate against the emulator as the user who uses it: no missing template
 * or other console error, no thrown error or unhandled rejection (jest-circus fails the test on those), not
 * empty, its key texts shown, its NutUI icons rendered.
 */
import { appPages } from './support/build'
import { PAGE_VISITS, type VisitFixture, type Visitor } from './support/page-visits'
import { admin, newFiller, newOpenid, reviewer, submitAll, type Person } from './support/people'
import { openMiniProgram } from './support/simulator'

const phone = openMiniProgram()
let fixture: VisitFixture
let people: Record<Exclude<Visitor, 'newUser'>, Person>

beforeAll(async () => {
  const filler = await newFiller('pages')
  const submitted = await newFiller('pages-submitted')
  const submissionId = await submitAll(submitted)
  fixture = { fillerSociety: filler.societyName, submittedSociety: submitted.societyName, submissionId }
  people = { filler, submittedFiller: submitted, reviewer: await reviewer(), admin: await admin() }
})

it('reads 20 pages from the built app.json, subpackages included', () => {
  const pages = appPages()
  expect(pages).toContain('pages/home/index')
  expect(pages).toContain('reviewer/pages/detail/index')
  expect(pages.length).toBeGreaterThanOrEqual(20)
})

it('fails a page of app.json that has no visitor in the table', () => {
  const withNewPage = appPages({ pages: ['pages/home/index'], subPackages: [{ root: 'filler', pages: ['new-page/index'] }] })
  expect(withNewPage.filter((route) => !PAGE_VISITS[route])).toEqual(['filler/new-page/index'])
})

it.each(appPages())('%s renders its data as the user who uses it', async (route) => {
  const visit = PAGE_VISITS[route]
  if (!visit) throw new Error(`${route} is in app.json but not in test/weapp/support/page-visits.ts: say who opens it and what it shows`)
  if (visit.as === 'newUser') await phone.as(newOpenid('visitor'))
  else phone.wx.cookie = people[visit.as].cookie
  const page = await phone.open(route, visit.query?.(fixture) ?? {})
  try {
    for (const text of visit.shows(fixture)) await page.waitForText(text)
    await page.idle()
    expect(page.text().length).toBeGreaterThan(10)
    expect(page.problems).toEqual([])
    if (visit.icons) expect(page.all('[class*="nut-icon"]').length).toBeGreaterThan(0)
  } finally {
    page.close()
  }
})
