import type { ItemAnswer, RubricItem } from '../../../src/shared'

/**
 * What the society claimed for one item, in the form's words, as the printed form's 填报内容 shows it:
 * each condition answered 是/否, the level chosen, the list entries (with their kind). A judgement item's
 * claim is its score, already in the 自评 column.
 */
export function claimText(item: RubricItem, answer: ItemAnswer | undefined): string {
  const rule = item.rule
  switch (rule.kind) {
    case 'checks':
      return rule.conditions
        .map((c) => {
          const said = answer?.checks?.[c.id]
          return `${c.label}：${said === undefined ? '未答' : said ? '是' : '否'}`
        })
        .join('\n')
    case 'tiers': {
      if (!answer?.tier) return '未答'
      return rule.tiers.find((t) => t.id === answer.tier)?.label ?? answer.tier
    }
    case 'count': {
      const entries = answer?.entries
      if (!entries) return '未答'
      if (entries.length === 0) return '无'
      const kindOf = (id: string | undefined) => rule.categories?.find((c) => c.id === id)?.label ?? id
      return entries
        .map((e, i) => `${i + 1}. ${e.text}${e.category ? `（${kindOf(e.category)}）` : ''}`)
        .join('\n')
    }
    case 'judgement':
      return ''
  }
}
