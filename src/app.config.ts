/** H5 only: the local emulator's identity picker. In the mini-program WeChat identifies the user. */
const devPages = process.env.TARO_ENV === 'h5' ? ['pages/dev-login/index'] : []

/** The admin wing. Year settings and progress pages are added by their own work; keep one page per line. */
const adminPages = [
  'pages/index/index',
  'pages/years/index',
  'pages/progress/index',
]

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/sections/index',
    'pages/item/index',
    'pages/bind/index',
    'pages/profile/index',
    'pages/submit/index',
    'pages/result/index',
    'pages/inbox/index',
    ...devPages,
  ],
  subPackages: [
    { root: 'reviewer', pages: ['pages/list/index', 'pages/detail/index'] },
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
