import { DEFAULT_GRADE_BANDS, type GradeBand } from '../../../src/shared'
import type { Store } from '../ports'

/**
 * The grade bands of a year, the one place reports and lists take them from: the year's settings, or the
 * 科协's defaults for a year the store has no record of (a store that has never opened a year runs 2022).
 */
export async function gradeBandsFor(store: Pick<Store, 'getYear'>, year: number): Promise<readonly GradeBand[]> {
  const record = await store.getYear(year)
  return record?.gradeBands ?? DEFAULT_GRADE_BANDS
}
