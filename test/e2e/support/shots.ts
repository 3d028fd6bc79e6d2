import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { ROOT } from '../../../scripts/h5-build'

const ARTIFACTS_ROOT = join(ROOT, 'test-artifacts')

/** How tall the page on show is: Taro H5 scrolls each page inside its own element, not the document. */
const contentHeight = (page: Page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((e) => e.offsetParent !== null || e.getClientRects().length > 0)
    return Math.max(window.innerHeight, ...shown.map((e) => e.scrollHeight))
  })

/**
 * Taro slides a new page in from the right and marks it `taro_page_stationed` once it is in place: a picture
 * (and the width check) waits until every page on show is in place and nothing is moving.
 */
const settled = (page: Page) =>
  page.waitForFunction(
    () =>
      [...document.querySelectorAll('.taro_page')].every(
        (p) => getComputedStyle(p).display === 'none' || p.classList.contains('taro_page_stationed'),
      ) && document.getAnimations().every((a) => a.playState !== 'running'),
  )

/** Anything wider than the phone: the document or any element of the page on show that scrolls sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const wide = [document.documentElement, ...document.querySelectorAll<HTMLElement>('.taro_page *')].filter(
      (e) => e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'hidden',
    )
    return wide.slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(' ').join('.')} ${e.scrollWidth}>${e.clientWidth}`)
  })

/**
 * Numbered screenshots in test-artifacts/e2e/ (git-ignored), in the order they were taken, each of the whole
 * page on show: the viewport is stretched to the page's height for the picture, then put back. A page wider
 * than the phone fails the shot. The folder is emptied first so that runs do not mix.
 */
export function screenshots(folder = 'e2e'): (page: Page, name: string) => Promise<string> {
  const ARTIFACTS = join(ARTIFACTS_ROOT, folder)
  rmSync(ARTIFACTS, { recursive: true, force: true })
  mkdirSync(ARTIFACTS, { recursive: true })
  let count = 0
  return async (page, name) => {
    await settled(page)
    const wide = await overflow(page)
    if (wide.length > 0) throw new Error(`${name}: wider than ${page.viewportSize()?.width}px: ${wide.join(', ')}`)
    const file = join(ARTIFACTS, `${String(++count).padStart(2, '0')}-${name}.png`)
    const viewport = page.viewportSize()!
    const height = await contentHeight(page)
    if (height > viewport.height) await page.setViewportSize({ width: viewport.width, height })
    try {
      await page.screenshot({ path: file, animations: 'disabled' })
    } finally {
      if (height > viewport.height) await page.setViewportSize(viewport)
    }
    return file
  }
}
