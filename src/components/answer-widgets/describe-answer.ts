import type { ItemAnswer, RubricItem } from '../../shared'

/** An answer in words a filler reads, one line per fact, for comparing two versions of an item. */
export function describeAnswer(item: RubricItem, answer: ItemAnswer | null | undefined): string[] {
  if (!answer) return ['未填写']
  const rule = item.rule
  const lines: string[] = []
  switch (rule.kind) {
    case 'checks':
      for (const c of rule.conditions) {
        const v = answer.checks?.[c.id]
        lines.push(`${c.label}：${v === undefined ? '未答' : v ? '是' : '否'}`)
      }
      break
    case 'tiers': {
      const tier = rule.tiers.find((t) => t.id === answer.tier)
      lines.push(tier ? `${tier.label}（${tier.points}分）` : '未选择档次')
      break
    }
    case 'count':
      if (!answer.entries) lines.push('未填写条目')
      else if (answer.entries.length === 0) lines.push('暂无')
      else
        answer.entries.forEach((entry, i) => {
          const category = rule.categories?.find((c) => c.id === entry.category)
          lines.push(`${i + 1}. ${entry.text}${category ? `（${category.label}）` : ''}`)
        })
      break
    case 'judgement':
      lines.push(typeof answer.score === 'number' ? `自评分：${answer.score}分` : '未打分')
      break
  }
  if (answer.remark) lines.push(`备注：${answer.remark}`)
  return lines
}
