/**
 * Every page path of the mini-program and the H5 build, in one place. Only home (and the H5-only dev login) sit in
 * the main package; the filler's other pages form the `filler` subpackage and the reviewer's the `reviewer` one.
 */
export const FILLER_ROOT = 'filler'
export const FILLER_PAGES = [
  'sections/index',
  'item/index',
  'submit/index',
  'result/index',
  'inbox/index',
  'bind/index',
  'profile/index',
  'invite/index',
  'claim-admin/index',
  'public-results/index',
] as const
export const REVIEWER_ROOT = 'reviewer'
export const REVIEWER_PAGES = ['pages/list/index', 'pages/detail/index'] as const
/** The admin wing; its pages share the admin home's menu (src/admin/pages/index/menu.ts). */
export const ADMIN_ROOT = 'admin'
export const ADMIN_PAGES = [
  'pages/index/index',
  'pages/societies/index',
  'pages/import/index',
  'pages/codes/index',
  'pages/people/index',
  'pages/assign/index',
  'pages/years/index',
  'pages/progress/index',
  'pages/publish/index',
] as const
export const DASHBOARD_ROOT = 'dashboard'
export const DASHBOARD_PAGES = ['pages/overview/index'] as const

/** Page paths without the leading slash, as app.config, notifications' `page` and WeChat's subscribe messages name them. */
export const PAGES = {
  home: 'pages/home/index',
  sections: `${FILLER_ROOT}/sections/index`,
  item: `${FILLER_ROOT}/item/index`,
  submit: `${FILLER_ROOT}/submit/index`,
  result: `${FILLER_ROOT}/result/index`,
  inbox: `${FILLER_ROOT}/inbox/index`,
  bind: `${FILLER_ROOT}/bind/index`,
  profile: `${FILLER_ROOT}/profile/index`,
  invite: `${FILLER_ROOT}/invite/index`,
  claimAdmin: `${FILLER_ROOT}/claim-admin/index`,
  reviewerList: `${REVIEWER_ROOT}/pages/list/index`,
  reviewerDetail: `${REVIEWER_ROOT}/pages/detail/index`,
  adminHome: `${ADMIN_ROOT}/pages/index/index`,
  adminSocieties: `${ADMIN_ROOT}/pages/societies/index`,
  adminImport: `${ADMIN_ROOT}/pages/import/index`,
  adminCodes: `${ADMIN_ROOT}/pages/codes/index`,
  adminPeople: `${ADMIN_ROOT}/pages/people/index`,
  adminAssign: `${ADMIN_ROOT}/pages/assign/index`,
  adminYears: `${ADMIN_ROOT}/pages/years/index`,
  adminProgress: `${ADMIN_ROOT}/pages/progress/index`,
  dashboard: `${DASHBOARD_ROOT}/pages/overview/index`,
  publicResults: `${FILLER_ROOT}/public-results/index`,
  adminPublish: `${ADMIN_ROOT}/pages/publish/index`,
} as const

const at = (page: string) => `/${page}`

/** Navigation URLs (leading slash, query included) for Taro.navigateTo / redirectTo / reLaunch. */
export const routes = {
  /** Home, on the form of `year` when given (an earlier year, or the year a message is about). */
  home: (year?: number) => (year === undefined ? at(PAGES.home) : `${at(PAGES.home)}?year=${year}`),
  sections: (year: number, aGroupId?: string) => `${at(PAGES.sections)}?year=${year}${aGroupId ? `&a=${aGroupId}` : ''}`,
  item: (itemId: string, year: number) => `${at(PAGES.item)}?id=${encodeURIComponent(itemId)}&year=${year}`,
  submit: (year: number) => `${at(PAGES.submit)}?year=${year}`,
  result: (year: number) => `${at(PAGES.result)}?year=${year}`,
  inbox: () => at(PAGES.inbox),
  bind: () => at(PAGES.bind),
  profile: () => at(PAGES.profile),
  invite: () => at(PAGES.invite),
  claimAdmin: () => at(PAGES.claimAdmin),
  /** The bind page with a binding code filled in (the link of a code card's QR code in H5). */
  bindWithCode: (code: string) => `${at(PAGES.bind)}?code=${encodeURIComponent(code)}`,
  adminHome: () => at(PAGES.adminHome),
  adminSocieties: () => at(PAGES.adminSocieties),
  adminImport: () => at(PAGES.adminImport),
  adminCodes: () => at(PAGES.adminCodes),
  adminPeople: () => at(PAGES.adminPeople),
  adminAssign: () => at(PAGES.adminAssign),
  adminYears: () => at(PAGES.adminYears),
  adminProgress: () => at(PAGES.adminProgress),
  reviewerList: () => at(PAGES.reviewerList),
  reviewerDetail: (id: string) => `${at(PAGES.reviewerDetail)}?id=${id}`,
  dashboard: (year: number) => `${at(PAGES.dashboard)}?year=${year}`,
  publicResults: (year: number) => `${at(PAGES.publicResults)}?year=${year}`,
  adminPublish: () => at(PAGES.adminPublish),
} as const

/** Where the filler's pages lived before the subpackage split; notifications stored then still name these. */
const MOVED: Readonly<Record<string, string>> = Object.fromEntries(
  FILLER_PAGES.map((page) => [`pages/${page}`, `${FILLER_ROOT}/${page}`]),
)

/** A stored page path (with or without leading slash and query) as a URL of the current build. */
export function currentPageUrl(stored: string): string {
  const bare = stored.replace(/^\//, '')
  const cut = bare.includes('?') ? bare.indexOf('?') : bare.length
  const path = bare.slice(0, cut)
  return at(`${MOVED[path] ?? path}${bare.slice(cut)}`)
}
