import { createEntry } from '../adapters/wx/entry'

/** Cloud function `account`: the account.* and notifications.* actions of the contract (see functionOf). */
export const main = createEntry('account')
