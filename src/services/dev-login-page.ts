/**
 * H5 only: the emulator's identity picker. Its own module, imported only by the H5 transport and the app config,
 * so that neither the weapp nor a cloud bundle ever names it.
 */
export const DEV_LOGIN_PAGE = 'pages/dev-login/index'
