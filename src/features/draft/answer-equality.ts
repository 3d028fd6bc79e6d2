import type { ItemAnswer } from '../../shared'

/**
 * An item's answer as the draft store keeps and sends it: photos are managed by their own actions, an
 * empty remark is no remark, and an answer with nothing left in it is no answer (null).
 */
export function normalizeAnswer(answer: ItemAnswer | null | undefined): ItemAnswer | null {
  if (!answer) return null
  const out: ItemAnswer = {}
  if (answer.checks !== undefined) out.checks = answer.checks
  if (answer.tier !== undefined) out.tier = answer.tier
  if (answer.entries !== undefined) out.entries = answer.entries
  if (answer.score !== undefined) out.score = answer.score
  if (answer.remark) out.remark = answer.remark
  return Object.keys(out).length > 0 ? out : null
}

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    return Object.fromEntries(
      Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort()
        .map((k) => [k, canonical(record[k])]),
    )
  }
  return value
}

/** Whether two answers say the same thing (photos and key order aside). */
export const sameAnswer = (a: ItemAnswer | null | undefined, b: ItemAnswer | null | undefined): boolean =>
  JSON.stringify(canonical(normalizeAnswer(a))) === JSON.stringify(canonical(normalizeAnswer(b)))
