import type { ActionName } from './actions'

/** Which deployed cloud function serves an action: grouped by who calls it. */
export const functionOf = (name: ActionName): 'account' | 'submission' | 'review' | 'admin' | 'report' => {
  const prefix = name.split('.')[0]
  if (prefix === 'report') return 'report'
  if (prefix === 'review') return 'review'
  if (prefix === 'admin') return 'admin'
  if (prefix === 'submission' || prefix === 'evidence') return 'submission'
  return 'account'
}
