import { ActionError, ERROR_CODES, type ErrorCode } from '../shared/contract/errors'
import type { ActionName, ActionOutput } from '../shared/contract/actions'
import { reportAccessDenied } from './access-denied'

const isErrorCode = (code: unknown): code is ErrorCode => (ERROR_CODES as readonly unknown[]).includes(code)

/**
 * Turns a transport's raw answer into the action's output, or throws ActionError.
 *
 * The output is not parsed again here: the cloud function's dispatcher has already checked it against the same
 * contract (`cloudfunctions/core/dispatch.ts`) and answers INTERNAL when a handler breaks it. Parsing it on the
 * phone too would put the whole contract and zod in the mini-program's main package (docs/performance.md).
 */
export function unwrapResult<A extends ActionName>(action: A, raw: unknown): ActionOutput<A> {
  const result = raw as { ok?: unknown; data?: unknown; code?: unknown; message?: unknown; details?: unknown } | null
  if (result && result.ok === true && 'data' in result) return result.data as ActionOutput<A>
  if (result && result.ok === false && isErrorCode(result.code)) {
    reportAccessDenied(result.code)
    throw new ActionError(result.code, typeof result.message === 'string' ? result.message : undefined, result.details)
  }
  throw new ActionError('INTERNAL', result && result.ok === true ? '服务器返回的数据格式不正确' : undefined)
}
