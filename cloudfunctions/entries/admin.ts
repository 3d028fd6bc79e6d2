import { createEntry } from '../adapters/wx/entry'

/** Cloud function `admin`: the admin.* actions of the contract (see functionOf). */
export const main = createEntry('admin')
