import { parseItemAnswer } from '../../shared/answers'
import type { ItemAnswer, Rubric } from '../../shared'

/** Says whether an edit may be sent: null, or why not (in Chinese). The page that edits supplies it. */
export type EditCheck = (itemId: string, answer: ItemAnswer) => string | null

/**
 * The rubric's check of an edited answer. It runs where the answer is edited (the item page, in its subpackage),
 * so that the main package, which shows and saves drafts, needs neither the answer schemas nor zod.
 */
export const rubricCheck =
  (rubric: Rubric): EditCheck =>
  (itemId, answer) => {
    const parsed = parseItemAnswer(rubric, itemId, answer)
    return parsed.ok ? null : parsed.issues.map((issue) => issue.message).join('；')
  }
