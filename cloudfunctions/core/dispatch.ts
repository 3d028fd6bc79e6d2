import {
  ActionError,
  DEFAULT_MESSAGE,
  InvalidTransitionError,
  contract,
  isActionName,
  parseOrThrow,
  type ActionName,
  type ActionResult,
} from '../../src/shared'
import { RATE_COUNTED_IN_WRITE, checkAccess, checkWriteRate, identifyCaller } from './caller'
import { checkInputShape } from './input-shape'
import type { CallContext, Handler } from './handler-types'
import { handlers } from './handlers'
import type { HandlerContext } from './ports'

interface ActionEvent {
  action: ActionName
  input: unknown
}

function parseEvent(event: unknown): ActionEvent {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new ActionError('INVALID_INPUT', '请求格式不正确：应为 { action, input }')
  }
  const { action, input } = event as { action?: unknown; input?: unknown }
  if (typeof action !== 'string') throw new ActionError('INVALID_INPUT', '请求格式不正确：缺少 action')
  if (!isActionName(action)) throw new ActionError('UNKNOWN_ACTION', `不支持的操作：${action.slice(0, 60)}`)
  return { action, input: input ?? {} }
}

async function run(action: ActionName, input: unknown, ctx: CallContext): Promise<unknown> {
  const handler = handlers[action] as Handler<ActionName>
  const output = contract[action].output.safeParse(await handler(input as never, ctx))
  // A handler bug must not reach the client as a malformed answer.
  if (!output.success) throw new Error(`${action} 的返回值不符合约定：${output.error.message}`)
  return output.data
}

function failure(error: unknown, event: unknown): ActionResult<never> {
  if (error instanceof ActionError) {
    return error.details === undefined
      ? { ok: false, code: error.code, message: error.message }
      : { ok: false, code: error.code, message: error.message, details: error.details }
  }
  if (error instanceof InvalidTransitionError) return { ok: false, code: 'INVALID_STATE', message: error.message }
  const action = (event as { action?: unknown } | null)?.action
  console.error(`[dispatch] ${String(action)} 失败`, error)
  return { ok: false, code: 'INTERNAL', message: DEFAULT_MESSAGE.INTERNAL }
}

/**
 * Runs one action for one caller: checks the event, the caller's identity and role, the write rate (or leaves it
 * to the write, see RATE_COUNTED_IN_WRITE) and the
 * input (its shape, then its schema); runs the handler; checks its output; maps every failure to a typed result in Chinese.
 */
export async function dispatch(event: unknown, ctx: HandlerContext): Promise<ActionResult<unknown>> {
  try {
    const { action, input } = parseEvent(event)
    const spec = contract[action]
    const caller = await identifyCaller(ctx)
    checkAccess(spec.access, caller.user)
    if (spec.writes && !RATE_COUNTED_IN_WRITE.has(action)) await checkWriteRate(ctx, caller.openid)
    checkInputShape(input)
    const parsed = parseOrThrow(spec.input, input)
    return { ok: true, data: await run(action, parsed, { ...ctx, caller }) }
  } catch (error) {
    return failure(error, event)
  }
}
