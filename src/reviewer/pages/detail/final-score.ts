import { parseFinalScores, type Rubric } from '../../../shared'

export type FinalScoreRead = { ok: true; score: number } | { ok: false; message: string }

/** A typed final score, checked by the server's own rule (0 to the item's max, in steps of 0.5). */
export function readFinalScore(rubric: Rubric, itemId: string, raw: string): FinalScoreRead {
  const text = raw.trim()
  if (text === '') return { ok: false, message: '请填写最终得分' }
  const n = Number(text)
  const parsed = parseFinalScores(rubric, { [itemId]: Number.isFinite(n) ? n : text })
  if (parsed.ok) return { ok: true, score: parsed.value[itemId] as number }
  return { ok: false, message: parsed.issues[0]?.message ?? '最终得分不正确' }
}
