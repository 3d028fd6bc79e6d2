import { MAX_COMMENT_CHARS, PLAIN_NUMBER, normalizeNumber, parseFinalScores, tooLongMessage, type Rubric } from '../../../shared'

export type FinalScoreRead = { ok: true; score: number } | { ok: false; message: string }

/**
 * A typed final score: 4.5, "4,5" and "４．５" all read as 4.5; anything else is refused with a message naming
 * the field and what was typed. Then the server's own rule: 0 to the item's max, in steps of 0.5.
 */
export function readFinalScore(rubric: Rubric, itemId: string, raw: string): FinalScoreRead {
  const text = normalizeNumber(raw)
  if (text === '') return { ok: false, message: '请填写最终得分' }
  if (!PLAIN_NUMBER.test(text)) return { ok: false, message: `最终得分须为数字，如 4 或 4.5（收到“${raw.trim()}”）` }
  const parsed = parseFinalScores(rubric, { [itemId]: Number(text) })
  if (parsed.ok) return { ok: true, score: parsed.value[itemId] as number }
  return { ok: false, message: parsed.issues[0]?.message ?? '最终得分不正确' }
}

export type ReviewEntry = { ok: true; score: number; comment: string } | { ok: false; message: string }

/**
 * A final score with its comment, as the server will check them: a readable score, a comment within its limit,
 * and a comment whenever the final score differs from the self score.
 */
export function checkReviewEntry(rubric: Rubric, itemId: string, self: number, rawScore: string, rawComment: string): ReviewEntry {
  const read = readFinalScore(rubric, itemId, rawScore)
  if (!read.ok) return read
  const comment = rawComment.trim()
  const tooLong = tooLongMessage('审核意见', comment, MAX_COMMENT_CHARS)
  if (tooLong) return { ok: false, message: tooLong }
  if (read.score !== self && comment === '') {
    return { ok: false, message: `最终得分（${read.score}分）与自评分（${self}分）不同，请填写审核意见说明理由` }
  }
  return { ok: true, score: read.score, comment }
}
