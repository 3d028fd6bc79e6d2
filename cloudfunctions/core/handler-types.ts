import type { ActionInput, ActionName, ActionOutput } from '../../src/shared'
import type { HandlerContext, UserRecord } from './ports'

/** The caller as the dispatcher established it: identity from WeChat's context, role from the store. */
export interface Caller {
  openid: string
  user: UserRecord | null
}

/** What every handler receives besides its input. */
export type CallContext = HandlerContext & { caller: Caller }

export type Handler<A extends ActionName> = (input: ActionInput<A>, ctx: CallContext) => Promise<ActionOutput<A>>

/** One handler per action of the contract: a missing one fails to compile. */
export type Handlers = { [A in ActionName]: Handler<A> }
