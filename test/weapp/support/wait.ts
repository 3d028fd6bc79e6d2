import type { RenderedPage } from './simulator'
import type { RecordedWx, WxCall } from './wx'

/** Waits until `done` holds; fails naming `what` and what the page shows. */
export async function until(what: string, done: () => boolean | Promise<boolean>, page: RenderedPage): Promise<void> {
  for (const start = Date.now(); !(await done()); await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (Date.now() - start > 15_000) throw new Error(`waited for ${what}; the page shows: ${page.text().slice(0, 500)}`)
  }
}

/** Reading a recorded `wx` from a mark (an index into its calls), as the path tests do. */
export function callsSince(wx: RecordedWx) {
  const since = (mark: number, api?: string): WxCall[] => wx.calls.slice(mark).filter((call) => !api || call.api === api)
  const actionOf = (call: WxCall) => (call.args.data as { action: string }).action
  return {
    since,
    /** The actions sent through cloud.callFunction since `mark`. */
    actionsSince: (mark: number) => since(mark, 'cloud.callFunction').map(actionOf),
    /** The first cloud.callFunction of `action` since `mark`. */
    callOf: (mark: number, action: string): WxCall => {
      const call = since(mark, 'cloud.callFunction').find((c) => actionOf(c) === action)
      if (!call) throw new Error(`no ${action} sent since call #${mark}`)
      return call
    },
    inputOf: (call: WxCall) => (call.args.data as { input: Record<string, unknown> }).input,
  }
}
