export interface RateLimitStore {
  /**
   * Counts a hit for `key` in the fixed window starting at `windowStart` unless `limit` hits are counted there
   * already; true when this hit was counted (within the limit). One database operation in the steady state.
   */
  hit(key: string, windowStart: number, limit: number): Promise<boolean>
}
