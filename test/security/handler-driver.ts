import { dispatch } from '../../cloudfunctions/core/dispatch'
import type { HandlerContext } from '../../cloudfunctions/core/ports'
import { openSqliteStore, type SqliteStore } from '../../emulator/store/sqlite-store'
import { PNG } from '../emulator/harness'
import { testPorts, type RecordingNotifier, type TestClock } from '../cloud/fakes'
import type { Driver } from './world'

export interface HandlerDriver extends Driver {
  readonly store: SqliteStore
  readonly notifier: RecordingNotifier
  readonly clock: TestClock
  context(openid: string | null): HandlerContext
}

/** The handlers behind `dispatch`, exactly as a cloud function runs them, over a SQLite store. */
export function handlerDriver(store: SqliteStore = openSqliteStore(':memory:'), writeLimitPerMinute = 1_000_000): HandlerDriver {
  const { files, notifier, clock, context } = testPorts(store, { bootstrapAdmins: ['o-admin'], writeLimitPerMinute })
  let openids = 0
  return {
    admin: 'o-admin',
    store,
    notifier,
    clock,
    context,
    fresh: (tag) => `o-${tag}-${++openids}`,
    call: (openid, event) => dispatch(event, context(openid)),
    storePhoto: async (_openid, fileId, bytes = PNG) => files.put(fileId, bytes),
  }
}
