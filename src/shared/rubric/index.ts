import { rubric2022 } from './rubric-2022'
import type { Rubric, RubricItem } from './types'
import { validateRubric } from './validate-rubric'

export * from './types'
export { RubricDefinitionError, rubricProblems, validateRubric } from './validate-rubric'

/** Every year's rubric, validated once when this module loads: a wrong rubric fails loudly at start. */
const RUBRICS: ReadonlyMap<number, Rubric> = new Map([rubric2022].map((r) => [r.year, validateRubric(r)]))

export const CURRENT_YEAR = 2022

export function rubricYears(): number[] {
  return [...RUBRICS.keys()].sort((a, b) => a - b)
}

export function findRubric(year: number): Rubric | undefined {
  return RUBRICS.get(year)
}

export function getRubric(year: number = CURRENT_YEAR): Rubric {
  const rubric = RUBRICS.get(year)
  if (!rubric) throw new Error(`没有${year}年度的评分标准`)
  return rubric
}

/** All items in form order. */
export function rubricItems(rubric: Rubric): RubricItem[] {
  return rubric.aGroups.flatMap((a) => [...a.bGroups.flatMap((b) => b.items), ...a.items])
}

const itemIndexes = new WeakMap<Rubric, ReadonlyMap<string, RubricItem>>()

export function itemById(rubric: Rubric): ReadonlyMap<string, RubricItem> {
  let index = itemIndexes.get(rubric)
  if (!index) {
    index = new Map(rubricItems(rubric).map((i) => [i.id, i]))
    itemIndexes.set(rubric, index)
  }
  return index
}
