/** Limits of the answers' wire format, shared by the client's forms and the server's checks. */
export const MAX_PHOTOS_PER_ITEM = 9
export const MAX_REMARK_CHARS = 500
export const MAX_ENTRY_CHARS = 200
export const MAX_ENTRIES_PER_ITEM = 50
export const MAX_FILE_ID_CHARS = 512
export const SCORE_STEP = 0.5

/** Length as a person counts it: one per character, emoji and rare CJK included. */
export const charCount = (text: string): number => Array.from(text).length

export const isScoreStep = (n: number): boolean => Number.isInteger(n / SCORE_STEP)

/** Text fields' limits on the reviewer's side (the server's checks use the same numbers). */
export const MAX_COMMENT_CHARS = 500
export const MAX_RETURN_REASON_CHARS = 1000
export const MAX_ITEM_RETURN_REASON_CHARS = 500

/** "审核意见不能超过500字（现有680字）" when `text` is longer than `max`; null when it fits. */
export function tooLongMessage(label: string, text: string, max: number): string | null {
  const count = charCount(text)
  return count > max ? `${label}不能超过${max}字（现有${count}字）` : null
}
