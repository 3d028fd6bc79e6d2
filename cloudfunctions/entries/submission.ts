import { createEntry } from '../adapters/wx/entry'

/** Cloud function `submission`: the submission.* and evidence.* actions of the contract (see functionOf). */
export const main = createEntry('submission')
