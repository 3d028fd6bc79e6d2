import type { Page, Request, Route } from 'playwright-core'

const actionOf = (route: Route) => (route.request().postDataJSON() as { action?: unknown } | null)?.action

/**
 * Makes every call of `action` from `page` fail as a dropped connection does (other calls still go through),
 * until `release` is called. `attempts` counts the calls refused so far.
 */
export async function blockAction(page: Page, action: string): Promise<{ attempts(): number; release(): Promise<void> }> {
  let refused = 0
  const handler = (route: Route) => {
    if (actionOf(route) !== action) return route.continue()
    refused++
    return route.abort('internetdisconnected')
  }
  await page.route('**/api/call', handler)
  return { attempts: () => refused, release: () => page.unroute('**/api/call', handler) }
}

/**
 * Records the input of every call of `action` that `page` sends from now on (`inputs`), until `stop` is called:
 * what the app asked of the server, e.g. that a half-typed value was never sent.
 */
export function watchAction(page: Page, action: string): { inputs: Record<string, unknown>[]; stop(): void } {
  const inputs: Record<string, unknown>[] = []
  const record = (request: Request) => {
    const body = request.url().endsWith('/api/call') ? (request.postDataJSON() as { action?: string; input?: Record<string, unknown> } | null) : null
    if (body?.action === action) inputs.push(body.input ?? {})
  }
  page.on('request', record)
  return { inputs, stop: () => page.off('request', record) }
}

/** Every autosave of `page` fails as a dropped connection does (reads still go through, so a reload loads). */
export const blockSaves = (page: Page) => blockAction(page, 'submission.saveAnswers')

/** The edits the app keeps on the phone for `year` until the server has them (Taro storage wraps values in `data`). */
export async function localEdits(page: Page, year: number): Promise<Record<string, { answer: unknown }> | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), `draft:${year}`)
  return raw === null ? null : (JSON.parse(raw) as { data: { edits: Record<string, { answer: unknown }> } }).data.edits
}
