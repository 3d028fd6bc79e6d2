import type { ErrorCode } from '../shared/contract/errors'

/**
 * Failures that mean "you are not (any longer) who this page thinks you are": the role was taken away, or the
 * filler was unbound from the society, while the app was open. The transport reports them here; the account
 * feature re-reads who the user is and sends them to their start page.
 */
export const ACCESS_DENIED_CODES: readonly ErrorCode[] = ['FORBIDDEN', 'NOT_BOUND']

type Listener = (code: ErrorCode) => void
const listeners = new Set<Listener>()

export function onAccessDenied(listener: Listener): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

export function reportAccessDenied(code: ErrorCode): void {
  if (ACCESS_DENIED_CODES.includes(code)) listeners.forEach((listener) => listener(code))
}
