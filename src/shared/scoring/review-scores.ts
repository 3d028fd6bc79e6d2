import { isScoreStep } from '../answers/limits'
import type { AnswerIssue, ParseResult } from '../answers/parse-answers'
import { itemById } from '../rubric'
import type { Rubric } from '../rubric/types'

/** Validates a reviewer's final scores: known items, 0 ≤ s ≤ max, multiples of 0.5. */
export function parseFinalScores(rubric: Rubric, input: unknown): ParseResult<Record<string, number>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ itemId: null, path: [], message: '最终得分必须是以指标编号为键的对象' }] }
  }
  const items = itemById(rubric)
  const value: Record<string, number> = {}
  const issues: AnswerIssue[] = []
  for (const [itemId, score] of Object.entries(input)) {
    const item = items.get(itemId)
    const problem = !item
      ? '没有这个指标'
      : typeof score !== 'number' || !Number.isFinite(score)
        ? '最终得分必须是数字'
        : score < 0 || score > item.max
          ? `最终得分须在0到${item.max}分之间（收到${score}）`
          : !isScoreStep(score)
            ? `最终得分须为0.5的倍数（收到${score}）`
            : null
    if (problem) issues.push({ itemId, path: [], message: problem })
    else value[itemId] = score as number
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value }
}
