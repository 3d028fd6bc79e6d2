import type { Page, Route } from 'playwright-core'

const isSave = (route: Route) => {
  const body = route.request().postDataJSON() as { action?: unknown } | null
  return body?.action === 'submission.saveAnswers'
}

/**
 * Makes every autosave of `page` fail as a dropped connection does (reads still go through, so a reload
 * loads), until `release` is called. `attempts` counts the saves refused so far.
 */
export async function blockSaves(page: Page): Promise<{ attempts(): number; release(): Promise<void> }> {
  let refused = 0
  const handler = (route: Route) => {
    if (!isSave(route)) return route.continue()
    refused++
    return route.abort('internetdisconnected')
  }
  await page.route('**/api/call', handler)
  return { attempts: () => refused, release: () => page.unroute('**/api/call', handler) }
}

/** The edits the app keeps on the phone for `year` until the server has them (Taro storage wraps values in `data`). */
export async function localEdits(page: Page, year: number): Promise<Record<string, { answer: unknown }> | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), `draft:${year}`)
  return raw === null ? null : (JSON.parse(raw) as { data: { edits: Record<string, { answer: unknown }> } }).data.edits
}
