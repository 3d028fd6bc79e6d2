import type { RateLimitStore } from '../../../core/store/rate-limits'
import type { WxCollections } from './collections'
import { readOne } from './documents'

/** rate_hits: _id = `<key>@<windowStart>`, fields key, windowStart, count. */
export function wxRateLimits({ col, addUnique, _ }: WxCollections): RateLimitStore {
  return {
    async hit(key, windowStart, limit) {
      const id = `${key}@${windowStart}`
      // The condition and the increment are one operation: counted only while under the limit.
      const bump = async () =>
        (await col('rateHits').where({ _id: id, count: _.lt(limit) }).update({ data: { count: _.inc(1) } })).stats.updated === 1
      if (await bump()) return true
      if (await readOne(col('rateHits').where({ _id: id }))) return false // the window is full
      // First hit of the window: create it (or, if another instance just did, count on it), then forget this
      // key's older windows so that the collection stays small.
      if (limit < 1) return false
      const created = await addUnique(col('rateHits'), { _id: id, key, windowStart, count: 1 }, () => false)
      await col('rateHits').where({ key, windowStart: _.lt(windowStart) }).remove()
      return created || bump()
    },
  }
}
