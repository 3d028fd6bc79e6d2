/**
 * A browser's `type="number"` box (what Taro makes of `digit` and `number`) empties its value on "4,5" or "４．５",
 * so the typed text could not be kept or read: the H5 boxes are plain text and the page reads the number itself.
 */
export const SCORE_KEYBOARD = 'text' as const
export const PHONE_KEYBOARD = 'text' as const
