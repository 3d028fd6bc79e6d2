import {
  ActionError,
  ERROR_CODES,
  contract,
  type ActionName,
  type ActionOutput,
  type ErrorCode,
} from '../shared'
import { reportAccessDenied } from './access-denied'

const isErrorCode = (code: unknown): code is ErrorCode => (ERROR_CODES as readonly unknown[]).includes(code)

/** Turns a transport's raw answer into the action's output, parsed by the contract, or throws ActionError. */
export function unwrapResult<A extends ActionName>(action: A, raw: unknown): ActionOutput<A> {
  const result = raw as { ok?: unknown; data?: unknown; code?: unknown; message?: unknown; details?: unknown } | null
  if (result && result.ok === true) {
    const parsed = contract[action].output.safeParse(result.data)
    if (parsed.success) return parsed.data as ActionOutput<A>
    throw new ActionError('INTERNAL', '服务器返回的数据格式不正确')
  }
  if (result && result.ok === false && isErrorCode(result.code)) {
    reportAccessDenied(result.code)
    throw new ActionError(result.code, typeof result.message === 'string' ? result.message : undefined, result.details)
  }
  throw new ActionError('INTERNAL')
}
