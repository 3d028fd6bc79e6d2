import { request as playwrightRequest, type APIRequestContext, type Locator, type Page } from 'playwright-core'

/**
 * Finding things in the Taro H5 app. Taro keeps the pages of the navigation stack in the DOM and hides all
 * but the top one; its components are custom elements whose inner parts do not take taps, so a tap goes to
 * the outer element (a NutUI `.nut-button`, `.nut-cell`, …) picked by its visible Chinese text.
 */
export const shown = (page: Page): Locator => page.locator('.taro_page').filter({ visible: true }).last()

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Text exactly `text` (around whitespace aside). */
export const exactly = (text: string): RegExp => new RegExp(`^\\s*${escape(text)}\\s*$`)

export const button = (scope: Locator, text: string): Locator => scope.locator('.nut-button, .home-button').filter({ hasText: exactly(text) })

/** Opens `path` afresh (a new start of the app, so that it reads who the user is again) and waits for `ready`. */
export async function openAfresh(page: Page, path: string, ready: string): Promise<Locator> {
  await page.goto(`/#/${path}`)
  await page.reload()
  const view = shown(page)
  await view.locator(ready).first().waitFor()
  return view
}

export const cell = (scope: Locator, text: string): Locator => scope.locator('.nut-cell, .home-cell, .admin-home__row').filter({ hasText: text })

/** An input of the bind and profile forms, by its label (the label sits on Taro's input element). */
export const field = (scope: Locator, label: string): Locator => scope.getByLabel(label, { exact: true }).locator('input')

export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim()
}

/** Waits until `locator`'s text matches; fails naming what was there instead. */
export async function waitForText(locator: Locator, expected: RegExp | string, timeout = 15_000): Promise<void> {
  const wanted = typeof expected === 'string' ? exactly(expected) : expected
  try {
    await locator.filter({ hasText: wanted }).first().waitFor({ timeout })
  } catch {
    const seen = await locator.allInnerTexts().catch(() => [])
    throw new Error(`expected ${String(wanted)} in ${String(locator)}, saw ${JSON.stringify(seen)}`)
  }
}

type Json = { ok: boolean; data?: any; code?: string; message?: string } // eslint-disable-line @typescript-eslint/no-explicit-any

/** An action through the emulator's HTTP API, as the session of `request` (a page's shares its cookies). */
export async function callApi(request: APIRequestContext, action: string, input: unknown): Promise<Json> {
  const response = await request.post('/api/call', { data: { action, input } })
  return (await response.json()) as Json
}

export async function mustCall(request: APIRequestContext, action: string, input: unknown): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const answer = await callApi(request, action, input)
  if (!answer.ok) throw new Error(`${action}: ${answer.code} ${answer.message}`)
  return answer.data
}

/** Runs `work` with an API session of the dev identity `openid` (e.g. dev-reviewer) of its own, then ends it. */
export async function asDevUser<T>(baseURL: string, openid: string, work: (request: APIRequestContext) => Promise<T>): Promise<T> {
  const request = await playwrightRequest.newContext({ baseURL })
  try {
    await request.post('/api/dev/login', { data: { openid } })
    return await work(request)
  } finally {
    await request.dispose()
  }
}

/**
 * Taps 提交自评表 (or 重新提交) on the submit page on show and confirms in the dialog that asks first, after
 * checking that it states the total; returns the dialog's text for further checks.
 */
export async function submitAndConfirm(page: Page, label = '提交自评表', beforeConfirm?: () => Promise<unknown>): Promise<string> {
  await button(shown(page), label).tap()
  const dialog = page.locator('.nut-dialog').filter({ visible: true })
  await waitForText(dialog.locator('.confirm-submit__line').first(), /^自评总分 [\d.]+ 分（满分110分）$/)
  const text = await textOf(dialog)
  await beforeConfirm?.()
  await dialog.locator('.nut-dialog-footer-ok').tap()
  await dialog.waitFor({ state: 'hidden' })
  return text
}
