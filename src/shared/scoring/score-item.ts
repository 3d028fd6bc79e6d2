import type { ItemAnswer } from '../answers/wire'
import type { RubricItem } from '../rubric/types'

export interface ItemScore {
  readonly score: number
  readonly complete: boolean
}

const INCOMPLETE: ItemScore = { score: 0, complete: false }

/**
 * Scores one validated answer by its item's rule. An incomplete answer scores 0: a preview never
 * credits points the filler has not claimed yet.
 */
export function scoreItem(item: RubricItem, answer: ItemAnswer | undefined): ItemScore {
  if (!answer) return INCOMPLETE
  const rule = item.rule
  switch (rule.kind) {
    case 'checks': {
      const given = answer.checks
      if (!given || rule.conditions.some((c) => typeof given[c.id] !== 'boolean')) return INCOMPLETE
      const deducted = rule.conditions.filter((c) => given[c.id] === false).reduce((s, c) => s + c.deduction, 0)
      return { score: Math.max(0, item.max - deducted), complete: true }
    }
    case 'tiers': {
      const tier = rule.tiers.find((t) => t.id === answer.tier)
      return tier ? { score: tier.points, complete: true } : INCOMPLETE
    }
    case 'count':
      return answer.entries
        ? { score: Math.min(rule.cap, rule.perEntry * answer.entries.length), complete: true }
        : INCOMPLETE
    case 'judgement':
      return typeof answer.score === 'number' ? { score: answer.score, complete: true } : INCOMPLETE
  }
}

export const isItemComplete = (item: RubricItem, answer: ItemAnswer | undefined): boolean =>
  scoreItem(item, answer).complete
