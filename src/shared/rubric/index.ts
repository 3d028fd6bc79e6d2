import { rubric2022 } from './rubric-2022'
import { rolloverRubric } from './rollover'
import type { Rubric, RubricItem } from './types'
import { validateRubric } from './validate-rubric'

export * from './types'
export { RubricDefinitionError, rubricProblems, validateRubric } from './validate-rubric'
export { rolloverRubric, wordingChanges, type WordingChange } from './rollover'

/** The rubrics transcribed from a year's form, validated once when this module loads: a wrong one fails at start. */
const FORMS: ReadonlyMap<number, Rubric> = new Map([rubric2022].map((r) => [r.year, validateRubric(r)]))

/** The first year the product has a form for; a store with no years yet runs this year. */
export const FIRST_FORM_YEAR = Math.min(...FORMS.keys())

/** Rubrics of later years, each rolled over from the latest earlier form and validated when first made. */
const rolled = new Map<number, Rubric>()

/** The years whose rubric is transcribed from their own form. */
export function rubricYears(): number[] {
  return [...FORMS.keys()].sort((a, b) => a - b)
}

/** The year of the form a year's rubric comes from: its own, else the latest earlier one; null before the first. */
export function rubricSourceYear(year: number): number | null {
  if (FORMS.has(year)) return year
  const earlier = rubricYears().filter((y) => y < year)
  return earlier.length > 0 ? earlier[earlier.length - 1]! : null
}

/**
 * A year's rubric: the form's own for a year that has one (2022 stays exactly the form's), else the latest
 * earlier form with the years in its wording moved on. Which years exist is the store's business (the years
 * collection); this only says what a year's rubric reads like.
 */
export function findRubric(year: number): Rubric | undefined {
  const form = FORMS.get(year)
  if (form) return form
  const cached = rolled.get(year)
  if (cached) return cached
  const source = rubricSourceYear(year)
  if (source === null || !Number.isInteger(year) || year > 2100) return undefined
  const rubric = validateRubric(rolloverRubric(FORMS.get(source)!, year))
  rolled.set(year, rubric)
  return rubric
}

export function getRubric(year: number): Rubric {
  const rubric = findRubric(year)
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
