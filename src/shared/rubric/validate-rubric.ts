import type { Rubric, RubricItem } from './types'

export class RubricDefinitionError extends Error {
  constructor(
    readonly year: number,
    readonly problems: readonly string[],
  ) {
    super(`${year}年度评分标准定义有误：\n- ${problems.join('\n- ')}`)
    this.name = 'RubricDefinitionError'
  }
}

const ITEM_ID = /^[AB]\d+\.\d+$/
const isHalfStep = (n: number): boolean => Number.isFinite(n) && Number.isInteger(n * 2)
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0)

function ruleProblems(item: RubricItem): string[] {
  const problems: string[] = []
  const at = (text: string) => problems.push(`${item.id}: ${text}`)
  const rule = item.rule
  const uniqueIds = (ids: readonly string[], what: string) => {
    if (new Set(ids).size !== ids.length) at(`duplicate ${what} ids`)
    if (ids.some((id) => !/^[a-z0-9-]+$/.test(id))) at(`${what} ids must be lower-case words`)
  }
  switch (rule.kind) {
    case 'checks': {
      if (rule.conditions.length === 0) at('a checks rule needs at least one condition')
      uniqueIds(rule.conditions.map((c) => c.id), 'condition')
      for (const c of rule.conditions) {
        if (!c.label.trim()) at(`condition ${c.id} has no label`)
        if (!(c.deduction > 0 && c.deduction <= item.max && isHalfStep(c.deduction)))
          at(`condition ${c.id} deducts ${c.deduction}, not a half-step in (0, ${item.max}]`)
      }
      if (sum(rule.conditions.map((c) => c.deduction)) < item.max)
        at('the deductions cannot bring the score down to 0, so "no" everywhere would still earn points')
      break
    }
    case 'tiers': {
      if (rule.tiers.length < 2) at('a tiers rule needs at least two levels')
      uniqueIds(rule.tiers.map((t) => t.id), 'tier')
      for (const t of rule.tiers) {
        if (!t.label.trim()) at(`tier ${t.id} has no label`)
        if (!(t.points >= 0 && t.points <= item.max && isHalfStep(t.points)))
          at(`tier ${t.id} gives ${t.points}, not a half-step in [0, ${item.max}]`)
      }
      if (!rule.tiers.some((t) => t.points === item.max)) at(`no tier reaches the maximum ${item.max}`)
      break
    }
    case 'count': {
      if (!(rule.perEntry > 0 && isHalfStep(rule.perEntry))) at(`perEntry ${rule.perEntry} is not a positive half-step`)
      if (rule.cap !== item.max) at(`cap ${rule.cap} differs from the maximum ${item.max}`)
      if (!rule.entryLabel.trim()) at('count rule has no entry label')
      if (rule.categories) {
        if (rule.categories.length === 0) at('an empty category list')
        uniqueIds(rule.categories.map((c) => c.id), 'category')
      }
      break
    }
    case 'judgement':
      break
  }
  return problems
}

/** Every inconsistency of a rubric, as plain sentences; an empty list means it is sound. */
export function rubricProblems(rubric: Rubric): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  const claim = (id: string) => {
    if (seen.has(id)) problems.push(`${id}: id used twice`)
    seen.add(id)
  }
  const checkItems = (groupId: string, items: readonly RubricItem[]): number => {
    for (const item of items) {
      claim(item.id)
      if (!ITEM_ID.test(item.id) || !item.id.startsWith(`${groupId}.`))
        problems.push(`${item.id}: item id must be ${groupId}.<n>`)
      if (!item.indicator.trim() || !item.criterion.trim()) problems.push(`${item.id}: indicator and criterion are required`)
      if (!(item.max > 0 && isHalfStep(item.max))) problems.push(`${item.id}: maximum ${item.max} is not a positive half-step`)
      problems.push(...ruleProblems(item))
    }
    return sum(items.map((i) => i.max))
  }

  for (const a of rubric.aGroups) {
    claim(a.id)
    if (a.bGroups.length > 0 === a.items.length > 0)
      problems.push(`${a.id}: an A group holds either B groups or items directly, and at least one`)
    let aSum = checkItems(a.id, a.items)
    for (const b of a.bGroups) {
      claim(b.id)
      const bSum = checkItems(b.id, b.items)
      if (b.items.length === 0) problems.push(`${b.id}: no items`)
      if (bSum !== b.max) problems.push(`${b.id}: items add up to ${bSum}, not its total ${b.max}`)
      aSum += b.max
    }
    if (aSum !== a.max) problems.push(`${a.id}: its parts add up to ${aSum}, not its total ${a.max}`)
  }
  const total = sum(rubric.aGroups.map((a) => a.max))
  if (total !== rubric.total) problems.push(`the A groups add up to ${total}, not the total ${rubric.total}`)
  return problems
}

/** Returns the rubric when it is sound; throws, listing every problem, when it is not. */
export function validateRubric<R extends Rubric>(rubric: R): R {
  const problems = rubricProblems(rubric)
  if (problems.length > 0) throw new RubricDefinitionError(rubric.year, problems)
  return rubric
}
