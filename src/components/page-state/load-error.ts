import { errorText } from '../../services/error-text'

/** Why a page's data did not load, for the user. */
export const loadErrorText = (e: unknown): string => errorText(e, '加载失败，请重试')
