import { chromium, type Browser, type BrowserContext } from 'playwright-core'
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
