import type { ItemRule, Rubric, RubricItem } from './types'

/** A calendar year written in the wording, as in 2022年度 or 2022年工作总结 (not ids, not scores). */
const YEAR_IN_WORDING = /(?<!\d)(20\d\d)(?=年)/g

const shiftText = (text: string, by: number): string =>
  text.replace(YEAR_IN_WORDING, (year) => String(Number(year) + by))

function shiftRule(rule: ItemRule, by: number): ItemRule {
  switch (rule.kind) {
    case 'checks':
      return { ...rule, conditions: rule.conditions.map((c) => ({ ...c, label: shiftText(c.label, by) })) }
    case 'tiers':
      return { ...rule, tiers: rule.tiers.map((t) => ({ ...t, label: shiftText(t.label, by) })) }
    case 'count':
      return {
        ...rule,
        entryLabel: shiftText(rule.entryLabel, by),
        ...(rule.categories ? { categories: rule.categories.map((c) => ({ ...c, label: shiftText(c.label, by) })) } : {}),
      }
    case 'judgement':
      return rule
  }
}

const shiftItem = (item: RubricItem, by: number): RubricItem => ({
  ...item,
  indicator: shiftText(item.indicator, by),
  criterion: shiftText(item.criterion, by),
  rule: shiftRule(item.rule, by),
})

/**
 * The rubric of `toYear` made from `rubric`: the same items, ids, maxima and rules, with every year in the
 * wording moved on by the difference (2022年度 → 2023年度, “2022年工作总结、2023年计划” → “2023年工作总结、2024年计划”).
 */
export function rolloverRubric(rubric: Rubric, toYear: number): Rubric {
  const by = toYear - rubric.year
  return {
    ...rubric,
    year: toYear,
    title: shiftText(rubric.title, by),
    aGroups: rubric.aGroups.map((a) => ({
      ...a,
      name: shiftText(a.name, by),
      bGroups: a.bGroups.map((b) => ({ ...b, name: shiftText(b.name, by), items: b.items.map((i) => shiftItem(i, by)) })),
      items: a.items.map((i) => shiftItem(i, by)),
    })),
  }
}

export interface WordingChange {
  /** Where the text is, e.g. 标题, B12.3 评价指标, B12.3 选项a. */
  where: string
  before: string
  after: string
}

/** Every text that reads differently in `after`, in form order; both rubrics must have the same shape. */
export function wordingChanges(before: Rubric, after: Rubric): WordingChange[] {
  const changes: WordingChange[] = []
  const compare = (where: string, a: string, b: string) => {
    if (a !== b) changes.push({ where, before: a, after: b })
  }
  const labelsOf = (rule: ItemRule): [string, string][] => {
    if (rule.kind === 'checks') return rule.conditions.map((c) => [`选项${c.id}`, c.label])
    if (rule.kind === 'tiers') return rule.tiers.map((t) => [`档次${t.id}`, t.label])
    if (rule.kind === 'count') {
      return [['计数对象', rule.entryLabel], ...(rule.categories ?? []).map((c): [string, string] => [`类别${c.id}`, c.label])]
    }
    return []
  }
  const compareItem = (a: RubricItem, b: RubricItem) => {
    compare(`${a.id} 评价指标`, a.indicator, b.indicator)
    compare(`${a.id} 评分标准`, a.criterion, b.criterion)
    const labelsB = new Map(labelsOf(b.rule))
    for (const [key, label] of labelsOf(a.rule)) compare(`${a.id} ${key}`, label, labelsB.get(key) ?? '')
  }
  compare('标题', before.title, after.title)
  before.aGroups.forEach((a, ai) => {
    const a2 = after.aGroups[ai]!
    compare(a.id, a.name, a2.name)
    a.bGroups.forEach((b, bi) => {
      const b2 = a2.bGroups[bi]!
      compare(b.id, b.name, b2.name)
      b.items.forEach((item, ii) => compareItem(item, b2.items[ii]!))
    })
    a.items.forEach((item, ii) => compareItem(item, a2.items[ii]!))
  })
  return changes
}
