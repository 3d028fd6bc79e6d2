import { charCount } from '../answers/limits'
import * as z from '../zod'

/** The longest grade name (优秀, 不合格 …), in characters. */
export const MAX_GRADE_LABEL_CHARS = 10

/** A grade band: a total of at least `min` (out of the rubric's maximum) earns `label`. */
export const GradeBand = z.object({
  label: z.string({ error: '等级划分：等级名称必须是文字' }).check(
    z.refine((label) => label.trim().length > 0, { error: '等级划分：等级名称不能为空' }),
    z.refine((label) => charCount(label) <= MAX_GRADE_LABEL_CHARS, {
      error: `等级划分：等级名称不能超过${MAX_GRADE_LABEL_CHARS}字`,
    }),
  ),
  min: z.number({ error: '等级划分：分数线必须是数字' }).check(
    z.gte(0, { error: '等级划分：分数线不能小于0' }),
    z.lte(1000, { error: '等级划分：分数线过大' }),
  ),
})
export type GradeBand = z.infer<typeof GradeBand>

/** The 科协's default bands; each year's settings may replace them. The lowest band starts at 0. */
export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { label: '优秀', min: 90 },
  { label: '良好', min: 80 },
  { label: '合格', min: 60 },
  { label: '不合格', min: 0 },
]

/** Bands must be non-empty, strictly descending by `min`, with distinct labels, the last starting at 0. */
export const bandProblems = (bands: readonly GradeBand[]): string[] => {
  const problems: string[] = []
  if (bands.length === 0) return ['等级划分：至少需要一个等级']
  bands.forEach((band, i) => {
    const higher = bands[i - 1]
    if (higher && band.min >= higher.min) problems.push(`等级划分：“${band.label}”的分数线须低于“${higher.label}”`)
  })
  if (new Set(bands.map((b) => b.label)).size !== bands.length) problems.push('等级划分：等级名称不能重复')
  if (bands[bands.length - 1]?.min !== 0) problems.push('等级划分：最低一档的分数线须为0')
  return problems
}

/**
 * Each band's threshold within 0 … the form's maximum (`total`, 100 for 2022): a threshold beyond it could never
 * be reached (one typo, 900 for 90, would grade every society by the band below).
 */
export const bandRangeProblems = (bands: readonly GradeBand[], total: number): string[] =>
  bands.flatMap((band) =>
    band.min > total ? [`等级划分：“${band.label}”的分数线${band.min}超过了满分${total}分`] : [],
  )

/** The grade a total earns: the first band (highest first) whose minimum it reaches. */
export const gradeFor = (total: number, bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS): string => {
  const band = bands.find((b) => total >= b.min) ?? bands[bands.length - 1]
  return band?.label ?? ''
}

/**
 * Standard competition ranking ("1224"): equal totals share a rank and the next rank skips.
 * Returns ranks in the order of `totals`.
 */
export const rankTotals = (totals: readonly number[]): number[] =>
  totals.map((t) => 1 + totals.filter((other) => other > t).length)
