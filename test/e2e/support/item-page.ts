import type { Locator, Page } from 'playwright-core'
import type { ItemAnswer, RubricItem } from '../../../src/shared'
import { button, exactly, shown, textOf, waitForText } from './app'

/** The item page of `itemId`, once it is the page on show and its draft has loaded. */
export async function itemPage(page: Page, itemId: string): Promise<Locator> {
  const view = shown(page)
  await waitForText(view.locator('.item-page__id'), itemId)
  await view.locator('.save-indicator, .item-page__readonly').first().waitFor()
  return view
}

const conditionRow = (view: Locator, label: string) =>
  view.locator('.answer-widget__row').filter({ has: view.page().locator('.answer-widget__label-text', { hasText: exactly(label) }) })

async function answerChecks(view: Locator, item: RubricItem, checks: Record<string, boolean>): Promise<void> {
  if (item.rule.kind !== 'checks') throw new Error(`${item.id} is not a checks item`)
  for (const condition of item.rule.conditions) {
    const choice = checks[condition.id] ? '是' : '否'
    const row = conditionRow(view, condition.label)
    await row.getByRole('radio', { name: choice }).tap()
    await row.locator('[role=radio][aria-checked=true]').filter({ hasText: choice }).waitFor()
  }
}

async function answerTier(view: Locator, item: RubricItem, tierId: string): Promise<void> {
  if (item.rule.kind !== 'tiers') throw new Error(`${item.id} is not a tiers item`)
  const tier = item.rule.tiers.find((t) => t.id === tierId)!
  const radio = view
    .locator('.answer-widget__tier')
    .filter({ has: view.page().locator('.answer-widget__tier-label', { hasText: exactly(tier.label) }) })
  await radio.tap()
  await radio.and(view.locator('[aria-checked=true]')).waitFor()
}

async function answerEntries(
  view: Locator,
  item: RubricItem,
  entries: NonNullable<ItemAnswer['entries']>,
  onCategorySheet?: () => Promise<unknown>,
): Promise<void> {
  if (item.rule.kind !== 'count') throw new Error(`${item.id} is not a count item`)
  const page = view.page()
  if (entries.length === 0) {
    await button(view, '暂无').tap()
    await view.locator('.answer-widget__none').waitFor()
    return
  }
  const categories = item.rule.categories ?? []
  for (const [index, entry] of entries.entries()) {
    await button(view, '添加一条').tap()
    const row = view.locator('.entry-row').nth(index)
    await row.locator('textarea').fill(entry.text)
    if (entry.category) {
      const label = categories.find((c) => c.id === entry.category)!.label
      await row.locator('.entry-row__category').tap()
      const sheet = page.locator('.nut-actionsheet').filter({ visible: true })
      await sheet.getByText(label, { exact: true }).waitFor()
      if (index === 0) await onCategorySheet?.()
      await sheet.getByText(label, { exact: true }).tap()
      await waitForText(row.locator('.entry-row__category-value'), label)
      await sheet.waitFor({ state: 'hidden' })
    }
  }
}

async function answerScore(view: Locator, score: number): Promise<void> {
  const input = view.locator('.score-box input')
  await input.fill(String(score))
  await input.blur()
}

/**
 * Answers the item on show as `answer` says, through its widgets, and checks the live item score.
 * `onCategorySheet` runs while the category sheet of the first entry is open (e.g. a screenshot).
 */
export async function answerItem(
  view: Locator,
  item: RubricItem,
  answer: ItemAnswer,
  points: number,
  onCategorySheet?: () => Promise<unknown>,
): Promise<void> {
  if (answer.checks) await answerChecks(view, item, answer.checks)
  if (answer.tier) await answerTier(view, item, answer.tier)
  if (answer.entries) await answerEntries(view, item, answer.entries, onCategorySheet)
  if (answer.score !== undefined) await answerScore(view, answer.score)
  if (answer.remark) await view.locator('.item-page__remark textarea').fill(answer.remark)
  // Half points print as 3.5, whole points without a decimal.
  await waitForText(view.locator('.item-page__score .score-badge__score'), String(points))
}

/** What the item page shows as the answer now, in the wire format (to compare after a reload). */
export async function shownAnswer(view: Locator, item: RubricItem): Promise<ItemAnswer> {
  const shown: ItemAnswer = {}
  const rule = item.rule
  if (rule.kind === 'checks') {
    shown.checks = {}
    for (const condition of rule.conditions) {
      const chosen = await conditionRow(view, condition.label).locator('[role=radio][aria-checked=true]').allInnerTexts()
      if (chosen.length === 1) shown.checks[condition.id] = chosen[0]!.trim() === '是'
    }
  } else if (rule.kind === 'tiers') {
    const chosen = await view.locator('.answer-widget__tier[aria-checked=true] .answer-widget__tier-label').allInnerTexts()
    const tier = rule.tiers.find((t) => t.label === chosen[0]?.trim())
    if (tier) shown.tier = tier.id
  } else if (rule.kind === 'judgement') {
    const raw = await view.locator('.score-box input').inputValue()
    if (raw !== '') shown.score = Number(raw)
  } else {
    const rows = view.locator('.entry-row')
    shown.entries = []
    for (let i = 0; i < (await rows.count()); i++) {
      const text = await rows.nth(i).locator('textarea').inputValue()
      const label = rule.categories ? await textOf(rows.nth(i).locator('.entry-row__category-value')) : null
      const category = rule.categories?.find((c) => c.label === label)?.id
      shown.entries.push(category ? { text, category } : { text })
    }
  }
  const remark = await view.locator('.item-page__remark textarea').inputValue()
  if (remark) shown.remark = remark
  return shown
}
