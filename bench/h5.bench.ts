/**
 * H5 first load in Chromium at 375×812: the gzipped JS and CSS fetched before home shows the filler's score, and
 * the time until it does, beside a blank Taro H5 page built with the same config in the same run (until its text
 * shows). Both are served by the emulator on 127.0.0.1, cold cache; the app as the seeded filler.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { startEmulator } from '../emulator/server'
import { FILLER_OPENID } from '../emulator/seed'
import { routes } from '../src/shared/routes'
import { H5_DIR, buildH5IfStale } from '../scripts/h5-build'
import { launchChromium } from '../test/e2e/support/browser'
import { KB, figures, type Figure } from './figures'
import { createBlankApp } from './support/blank-app'
import { taroBuild } from './support/project'

const RUNS = 3

interface Load {
  bytes: number
  ms: number
}

/** One cold load of `path` until `ready` is visible: gzipped JS+CSS bytes fetched by then, and the time. */
async function firstLoad(browser: Browser, h5Dir: string, path: string, ready: string, login?: string): Promise<Load> {
  const root = mkdtempSync(join(tmpdir(), 'bench-h5-'))
  const emulator = await startEmulator({ port: 0, dataDir: join(root, 'data'), h5Dir, quiet: true })
  const context = await browser.newContext({ baseURL: emulator.url, viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' })
  try {
    if (login) await context.request.post('/api/dev/login', { data: { openid: login } })
    const page = await context.newPage()
    let bytes = 0
    let shown = false
    page.on('response', (response) => {
      if (shown || !/\.(js|css)(\?|$)/.test(response.url())) return
      void response.body().then((body) => {
        if (!shown) bytes += gzipSync(body).length
      }).catch(() => undefined)
    })
    const started = Date.now()
    await page.goto(path, { waitUntil: 'commit' })
    await page.locator(ready).first().waitFor({ state: 'visible', timeout: 60_000 })
    const ms = Date.now() - started
    await page.waitForTimeout(200) // response bodies still being read when the mark showed
    shown = true
    return { bytes, ms }
  } finally {
    await context.close()
    await emulator.close()
    rmSync(root, { recursive: true, force: true })
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function repeated(load: () => Promise<Load>): Promise<Load> {
  const runs: Load[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await load())
  return { bytes: Math.max(...runs.map((r) => r.bytes)), ms: median(runs.map((r) => r.ms)) }
}

export default async function run(): Promise<Figure[]> {
  buildH5IfStale()
  const blankDir = createBlankApp()
  const browser = await launchChromium()
  try {
    const blankOut = taroBuild(blankDir, 'h5')
    const blank = await repeated(() => firstLoad(browser, blankOut, '/', '.blank'))
    const app = await repeated(() => firstLoad(browser, H5_DIR, `/#${routes.home()}`, '.home .score-badge__score', FILLER_OPENID))
    console.log(`blank: ${(blank.bytes / KB).toFixed(1)} KB gzipped in ${blank.ms} ms; app: ${(app.bytes / KB).toFixed(1)} KB gzipped in ${app.ms} ms`)
    return figures('h5', [
      { name: 'H5 gzipped JS+CSS before home shows the score', value: app.bytes, unit: 'B', floor: { name: 'blank Taro H5 page', value: blank.bytes } },
      { name: `H5 time until home shows the score (median of ${RUNS})`, value: app.ms, unit: 'ms', floor: { name: 'blank Taro H5 page', value: blank.ms } },
    ])
  } finally {
    await browser.close()
    rmSync(blankDir, { recursive: true, force: true })
  }
}
