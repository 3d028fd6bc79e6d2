import { runScheduledReminders } from '../core'
import { createEntry } from '../adapters/wx/entry'

/** Cloud function `admin`: the admin.* actions of the contract (see functionOf), and on its hourly timer the 自动提醒. */
export const main = createEntry('admin', { onTimer: (ctx) => runScheduledReminders(ctx) })
