import type { BrowserContext, Page } from 'playwright-core'
import { launchChromium, phoneContext } from './browser'
import { startE2eEmulator, type E2eEmulator } from './emulator'
import { screenshots } from './shots'

export interface FillerPhone {
  /** Set once the file's beforeAll has run. */
  page: Page
  context: BrowserContext
  shot: ReturnType<typeof screenshots>
}

/**
 * One user's phone for a whole test file: a fresh emulator, Chromium at phone size on the H5 build, signed in as
 * `openid` (a dev identity); screenshots into test-artifacts/<journey>/; an error thrown in the page fails the
 * test it happened in. Registers the file's beforeAll, afterAll and afterEach.
 */
export function fillerPhone(journey: string, openid: string): FillerPhone {
  const phone = {} as FillerPhone
  let emulator: E2eEmulator | undefined
  let close: (() => Promise<void>) | undefined
  const pageErrors: string[] = []

  beforeAll(async () => {
    phone.shot = screenshots(journey)
    emulator = await startE2eEmulator()
    const browser = await launchChromium()
    close = () => browser.close()
    phone.context = await phoneContext(browser, emulator.url)
    phone.page = await phone.context.newPage()
    phone.page.setDefaultTimeout(20_000)
    phone.page.on('pageerror', (error) => pageErrors.push(error.message))
    await phone.context.request.post('/api/dev/login', { data: { openid } })
  })

  afterAll(async () => {
    await close?.()
    await emulator?.stop()
  })

  afterEach(() => expect(pageErrors).toEqual([]))
  return phone
}
