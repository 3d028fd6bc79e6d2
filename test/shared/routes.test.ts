import { FILLER_PAGES, FILLER_ROOT, PAGES, currentPageUrl, routes } from '../../src/shared/routes'

describe('page routes', () => {
  it('keeps only home in the main package and every other filler page in the filler subpackage', () => {
    expect(PAGES.home).toBe('pages/home/index')
    for (const page of FILLER_PAGES) expect(Object.values(PAGES)).toContain(`${FILLER_ROOT}/${page}`)
    expect(routes.item('B1.1', 2022)).toBe('/filler/item/index?id=B1.1&year=2022')
    expect(routes.sections(2022, 'A2')).toBe('/filler/sections/index?year=2022&a=A2')
  })

  it('maps a page stored before the subpackage split to where it lives now, query kept', () => {
    expect(currentPageUrl('pages/result/index?year=2022')).toBe('/filler/result/index?year=2022')
    expect(currentPageUrl('/pages/inbox/index')).toBe('/filler/inbox/index')
  })

  it('leaves current pages and home as they are', () => {
    expect(currentPageUrl('pages/home/index?year=2022')).toBe('/pages/home/index?year=2022')
    expect(currentPageUrl('filler/result/index?year=2022')).toBe('/filler/result/index?year=2022')
  })
})
