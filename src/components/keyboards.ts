/** The mini-program's number pads: a score's has a decimal point; a phone's has digits only. */
export const SCORE_KEYBOARD = 'digit' as const
export const PHONE_KEYBOARD = 'number' as const
