import { ActionError } from '../../shared/contract/errors'
import { errorText } from '../../services/error-text'

/** Why a page's data did not load, for the user. */
export const loadErrorText = (e: unknown): string => errorText(e, '加载失败，请重试')

/**
 * The server said what was asked for is not there, or not yet (a year not opened, results not published): not a
 * failure to load, and loading again will not change it soon.
 */
const isStateAnswer = (e: unknown): boolean => e instanceof ActionError && (e.code === 'NOT_FOUND' || e.code === 'INVALID_STATE')

/** A page's failed load as it shows it: the text, and whether it is a lasting state answer (no 重试 then). */
export interface LoadFailure {
  text: string
  lasting: boolean
}

export const loadFailureOf = (e: unknown): LoadFailure => ({ text: loadErrorText(e), lasting: isStateAnswer(e) })
