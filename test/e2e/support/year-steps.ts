import type { Page } from 'playwright-core'
import { beijingDate } from '../../../src/shared'

/** A day counted from today in Beijing, `YYYY-MM-DD`. */
export const dayFromToday = (days: number): string => {
  const [y, m, d] = beijingDate(new Date()).split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** Taro's H5 modal (showModal) whose text matches `text`: taps its confirm button. */
export async function confirmModal(page: Page, text: RegExp): Promise<void> {
  const content = page.getByText(text).filter({ visible: true }).first()
  await content.waitFor()
  await page.locator('.taro-model__confirm').filter({ visible: true }).click()
  await content.waitFor({ state: 'hidden' })
}
