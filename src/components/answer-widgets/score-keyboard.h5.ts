/**
 * A browser's `type="number"` box (what Taro makes of `digit`) empties its value on "4,5" or "４．５", so the
 * typed text could not be kept or read: the H5 box is plain text and the widget reads the number itself.
 */
export const SCORE_KEYBOARD = 'text' as const
