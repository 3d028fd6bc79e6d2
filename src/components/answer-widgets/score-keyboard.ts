/** The mini-program's number pad with a decimal point: it can type nothing but a score. */
export const SCORE_KEYBOARD = 'digit' as const
