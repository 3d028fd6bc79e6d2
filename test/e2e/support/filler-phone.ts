import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium, phoneContext } from './browser'
import { startE2eEmulator, type E2eEmulator } from './emulator'
import { screenshots } from './shots'

export interface FillerPhone {
  /** Set once the file's beforeAll has run. */
  page: Page
  context: BrowserContext
  shot: ReturnType<typeof screenshots>
  emulator: E2eEmulator
  browser: Browser
  /** Another page of the file (a reviewer's, say): an error thrown in it fails the test too. */
  watch(page: Page): void
}

/**
 * One user's phone for a whole test file: a fresh emulator, Chromium at phone size on the H5 build, signed in as
 * `openid` (a dev identity); screenshots into test-artifacts/<journey>/; an error thrown in the page fails the
 * test it happened in. Registers the file's beforeAll, afterAll and afterEach.
 */
export function fillerPhone(journey: string, openid: string, emulatorOptions: Parameters<typeof startE2eEmulator>[0] = {}): FillerPhone {
  const pageErrors: string[] = []
  const phone = {
    watch(page: Page) {
      page.on('pageerror', (error) => pageErrors.push(error.message))
    },
  } as FillerPhone

  beforeAll(async () => {
    phone.shot = screenshots(journey)
    phone.emulator = await startE2eEmulator(emulatorOptions)
    phone.browser = await launchChromium()
    phone.context = await phoneContext(phone.browser, phone.emulator.url)
    phone.page = await phone.context.newPage()
    phone.page.setDefaultTimeout(20_000)
    phone.watch(phone.page)
    await phone.context.request.post('/api/dev/login', { data: { openid } })
  })

  afterAll(async () => {
    await phone.browser?.close()
    await phone.emulator?.stop()
  })

  afterEach(() => expect(pageErrors).toEqual([]))
  return phone
}
