import { DEFAULT_GRADE_BANDS, type GradeBand } from '../../../src/shared'
import type { Store } from '../ports'

/**
 * The grade bands of a year, the one place reports and lists take them from. Until the year settings
 * (store) exist, every year uses the 科协's defaults.
 */
export async function gradeBandsFor(_store: Store, _year: number): Promise<readonly GradeBand[]> {
  return DEFAULT_GRADE_BANDS
}
