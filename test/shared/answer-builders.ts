import type { Answers, ItemAnswer, RubricItem } from '../../src/shared'

/** The answer that earns an item its maximum. */
export function bestAnswer(item: RubricItem): ItemAnswer {
  const rule = item.rule
  switch (rule.kind) {
    case 'checks':
      return { checks: Object.fromEntries(rule.conditions.map((c) => [c.id, true])) }
    case 'tiers':
      return { tier: rule.tiers.reduce((a, b) => (b.points > a.points ? b : a)).id }
    case 'count': {
      const n = Math.ceil(rule.cap / rule.perEntry)
      return { entries: Array.from({ length: n }, (_, i) => entry(item, i)) }
    }
    case 'judgement':
      return { score: item.max }
  }
}

/** A complete answer that earns nothing. */
export function worstAnswer(item: RubricItem): ItemAnswer {
  const rule = item.rule
  switch (rule.kind) {
    case 'checks':
      return { checks: Object.fromEntries(rule.conditions.map((c) => [c.id, false])) }
    case 'tiers':
      return { tier: rule.tiers.reduce((a, b) => (b.points < a.points ? b : a)).id }
    case 'count':
      return { entries: [] }
    case 'judgement':
      return { score: 0 }
  }
}

export function entry(item: RubricItem, i: number): { text: string; category?: string } {
  const categories = item.rule.kind === 'count' ? item.rule.categories : undefined
  return categories ? { text: `第${i + 1}项`, category: categories[i % categories.length]!.id } : { text: `第${i + 1}项` }
}

export const answersFor = (items: readonly RubricItem[], make: (item: RubricItem) => ItemAnswer): Answers =>
  Object.fromEntries(items.map((item) => [item.id, make(item)]))
