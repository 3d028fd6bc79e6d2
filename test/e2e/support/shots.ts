import { appendFileSync, mkdirSync, rmSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import type { Page } from 'playwright-core'
import { ROOT } from '../../../scripts/h5-build'
import { describeLayoutProblems, findLayoutProblems } from './layout-check'

const ARTIFACTS = join(ROOT, 'test-artifacts')

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

/**
 * Anything wider than the phone: the document or any element of the page on show that scrolls sideways. A text
 * field's own value is not (a one-line input scrolls a long value inside its box, as every input does).
 */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const wide = [document.documentElement, ...document.querySelectorAll<HTMLElement>('.taro_page *')].filter(
      (e) =>
        e.tagName !== 'INPUT' && e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'hidden',
    )
    return wide
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(' ').join('.')} ${e.scrollWidth}>${e.clientWidth} “${(e.textContent ?? '').slice(0, 60)}”`)
  })

/**
 * Numbered screenshots in test-artifacts/<journey>/ (git-ignored; test-artifacts/e2e by default), in the order they were taken, each of the whole
 * page on show: the viewport is stretched to the page's height for the picture, then put back. A page wider
 * than the phone fails the shot, and so does any defect the layout check finds (a box leaving its parent or the
 * window, overlapping siblings). The folder is emptied first so that runs do not mix; each journey has its own, so
 * that journeys running side by side do not empty each other's.
 */
export function screenshots(journey = 'e2e'): (page: Page, name: string, options?: { whole?: boolean }) => Promise<string> {
  const folder = isAbsolute(journey) ? journey : join(ARTIFACTS, journey)
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  let count = 0
  return async (page, name, { whole = true }: { whole?: boolean } = {}) => {
    await settled(page)
    const wide = await overflow(page)
    if (wide.length > 0) throw new Error(`${name}: wider than ${page.viewportSize()?.width}px: ${wide.join(', ')}`)
    const layout = await findLayoutProblems(page)
    if (layout.length > 0 && process.env.E2E_LAYOUT === 'report') {
      // A survey of every page at once (E2E_LAYOUT=report): the problems are listed, the journey goes on.
      appendFileSync(join(ARTIFACTS, 'layout-report.txt'), `${folder} ${name} at ${page.viewportSize()?.width}px\n${describeLayoutProblems(layout)}\n\n`)
    } else if (layout.length > 0) {
      throw new Error(`${name} at ${page.viewportSize()?.width}px: layout check (test/e2e/support/layout-check.ts):\n${describeLayoutProblems(layout)}`)
    }
    const file = join(folder, `${String(++count).padStart(2, '0')}-${name}.png`)
    const viewport = page.viewportSize()!
    // `whole: false` pictures what is on screen only (a page of 38 reviewed items is too tall to picture whole).
    const height = whole ? await contentHeight(page) : viewport.height
    if (height > viewport.height) await page.setViewportSize({ width: viewport.width, height })
    try {
      // A whole 38-item page at 2× is a tall picture: on a loaded machine it takes longer than an ordinary step.
      await page.screenshot({ path: file, animations: 'disabled', timeout: 90_000 })
    } finally {
      if (height > viewport.height) await page.setViewportSize(viewport)
    }
    return file
  }
}

/** Pictures the page at the phone's width and at a laptop's (admin and reviewer pages), then back to the phone. */
export async function shotAtBothWidths(shot: ReturnType<typeof screenshots>, page: Page, name: string): Promise<void> {
  await shot(page, `${name}-375`)
  await page.setViewportSize({ width: 1280, height: 800 })
  await shot(page, `${name}-1280`)
  await page.setViewportSize({ width: 375, height: 812 })
}
