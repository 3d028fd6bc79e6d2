import { createEntry } from '../adapters/wx/entry'
import { retryUndelivered } from '../core'

/** Cloud function `review`: the review.* actions, and on its timer trigger the retry of failed subscribe messages. */
export const main = createEntry('review', { onTimer: (ctx) => retryUndelivered(ctx) })
