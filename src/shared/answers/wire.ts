import * as z from '../zod'

/**
 * The answers' wire format (rubric-2022.md), as plain types for code that holds answers already
 * validated. What arrives from outside goes through `parseAnswers`, which checks it against a rubric.
 */
export const CountEntry = z.object({ text: z.string(), category: z.optional(z.string()) })
export type CountEntry = z.infer<typeof CountEntry>

export const ItemAnswer = z.object({
  checks: z.optional(z.record(z.string(), z.boolean())),
  tier: z.optional(z.string()),
  entries: z.optional(z.array(CountEntry)),
  score: z.optional(z.number()),
  remark: z.optional(z.string()),
  photos: z.optional(z.array(z.string())),
})
export type ItemAnswer = z.infer<typeof ItemAnswer>

export type Answers = Record<string, ItemAnswer>
