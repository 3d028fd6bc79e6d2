import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium, signedInPage } from './browser'
import { startE2eEmulator, type E2eEmulator } from './emulator'
import { screenshots } from './shots'

export interface Journey {
  /** The emulator of this file (set once its beforeAll has run). */
  readonly emulator: E2eEmulator
  /** Numbered screenshots in test-artifacts/<name>/. */
  shot: ReturnType<typeof screenshots>
  /** A new phone (375 px unless `width`) signed in as `openid`; its thrown errors fail the test. */
  signedIn(openid: string, width?: number): Promise<Page>
}

/**
 * One e2e file's world: a fresh emulator and Chromium for the file, its screenshots in test-artifacts/`name`/,
 * every phone it opens closed at the end, and no page error allowed in any test (checked after each).
 */
export function journey(name: string): Journey {
  let emulator: E2eEmulator | null = null
  let browser: Browser | null = null
  let pictures: ReturnType<typeof screenshots> | null = null
  const contexts: BrowserContext[] = []
  const pageErrors: string[] = []

  beforeAll(async () => {
    pictures = screenshots(name)
    emulator = await startE2eEmulator()
    browser = await launchChromium()
  })
  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
    await emulator?.stop()
  })
  afterEach(() => expect(pageErrors).toEqual([]))

  return {
    get emulator() {
      if (!emulator) throw new Error('the journey has not started (beforeAll)')
      return emulator
    },
    shot: (page, picture, options) => pictures!(page, picture, options),
    signedIn: (openid, width = 375) => signedInPage(browser!, emulator!.url, openid, { contexts, pageErrors }, { width, timeout: 20_000 }),
  }
}
