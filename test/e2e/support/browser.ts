import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { findBrowser } from './find-browser'

/** The flags these machines need (see DESIGN.md, toolchain facts), whichever Chromium is found. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A Chromium found by `findBrowser` (CHROMIUM_PATH, an installed one, or the npm-packaged one). */
export async function launchChromium(): Promise<Browser> {
  const found = await findBrowser()
  return chromium.launch({
    executablePath: found.executablePath,
    args: [...new Set([...FLAGS, ...found.args])],
    env: { ...process.env, ...found.env },
  })
}

/** A phone: 375 × 812 CSS pixels at 2×, touch, Chinese locale, the emulator as base URL. */
export function phoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'zh-CN',
  })
}

/** Where a test keeps the contexts it opened (to close them) and the errors its pages threw (to check there are none). */
export interface OpenedPhones {
  contexts: BrowserContext[]
  pageErrors: string[]
}

/**
 * A new phone signed in as `openid` with the emulator's dev login, in a context of its own; `width` other than
 * 375 makes it a wider screen (800 px high). Its thrown errors go to `opened.pageErrors`.
 */
export async function signedInPage(browser: Browser, baseURL: string, openid: string, opened: OpenedPhones, { width = 375, timeout = 15_000 } = {}): Promise<Page> {
  const context = await phoneContext(browser, baseURL)
  opened.contexts.push(context)
  const page = await context.newPage()
  if (width !== 375) await page.setViewportSize({ width, height: 800 })
  page.setDefaultTimeout(timeout)
  page.on('pageerror', (error) => opened.pageErrors.push(error.message))
  await context.request.post('/api/dev/login', { data: { openid } })
  return page
}
