import type { RubricItem } from '../../shared'

/**
 * The criterion as shown: the form's own wording, with its stray ASCII semicolons (“扣得2分；;”) read as one
 * Chinese semicolon. Display only: the rubric keeps the form's text as printed.
 */
export const shownCriterion = (criterion: string): string => criterion.replace(/[;；]*;[;；]*/g, '；')

/** Notes under a criterion where the form's wording is surely a slip, keyed by item id. */
const CRITERION_NOTES: Readonly<Record<string, string>> = {
  'B12.3': '注：原表两处均写“未制定工作总结”，第二处应为“未制定工作计划”（对应下方“制定2023年工作计划”）。',
}

export const criterionNote = (item: RubricItem): string | null => CRITERION_NOTES[item.id] ?? null
