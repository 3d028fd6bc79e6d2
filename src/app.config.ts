import { DEV_LOGIN_PAGE } from './services/dev-login-page'
import { ADMIN_PAGES, ADMIN_ROOT, DASHBOARD_PAGES, DASHBOARD_ROOT, FILLER_PAGES, FILLER_ROOT, PAGES, REVIEWER_PAGES, REVIEWER_ROOT } from './shared/routes'

/** H5 only: the local emulator's identity picker. In the mini-program WeChat identifies the user. */
const devPages = process.env.TARO_ENV === 'h5' ? [DEV_LOGIN_PAGE] : []

export default defineAppConfig({
  pages: [PAGES.home, ...devPages],
  subPackages: [
    { root: FILLER_ROOT, pages: [...FILLER_PAGES] },
    { root: REVIEWER_ROOT, pages: [...REVIEWER_PAGES] },
    { root: ADMIN_ROOT, pages: [...ADMIN_PAGES] },
    { root: DASHBOARD_ROOT, pages: [...DASHBOARD_PAGES] },
  ],
  // No page is for WeChat search (src/sitemap.json, copied by config/index.ts); H5 ignores both keys.
  sitemapLocation: 'sitemap.json',
  // WeChat injects a component's code only when a rendered page needs it.
  lazyCodeLoading: 'requiredComponents',
  window: {
    navigationBarTitleText: '绩效自评',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f5f7',
    backgroundTextStyle: 'light',
  },
})
