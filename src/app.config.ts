import { DEV_LOGIN_PAGE, FILLER_PAGES, FILLER_ROOT, PAGES, REVIEWER_PAGES, REVIEWER_ROOT } from './shared/routes'

/** H5 only: the local emulator's identity picker. In the mini-program WeChat identifies the user. */
const devPages = process.env.TARO_ENV === 'h5' ? [DEV_LOGIN_PAGE] : []

/** The admin wing. Year settings and progress pages are added by their own work; keep one page per line. */
const adminPages = [
  'pages/index/index',
  'pages/years/index',
  'pages/progress/index',
]

export default defineAppConfig({
  pages: [PAGES.home, ...devPages],
  subPackages: [
    { root: FILLER_ROOT, pages: [...FILLER_PAGES] },
    { root: REVIEWER_ROOT, pages: [...REVIEWER_PAGES] },
    { root: 'admin', pages: adminPages },
  ],
  window: {
    navigationBarTitleText: '绩效自评',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f5f7',
    backgroundTextStyle: 'light',
  },
})
