import type { ItemChange } from '../../../src/shared'
import type { SubmissionRecord } from '../ports'
import { deepEqual } from './deep-equal'

/** The items whose answer or photos differ from the form as it was last returned; null if never returned. */
export function changesSinceReturn(record: SubmissionRecord): ItemChange[] | null {
  const returned = record.returned
  if (!returned || record.status === 'returned' || record.status === 'draft') return null
  const ids = new Set([
    ...Object.keys(returned.answers),
    ...Object.keys(record.answers),
    ...Object.keys(returned.evidence),
    ...Object.keys(record.evidence),
  ])
  return [...ids].sort().flatMap((itemId) => {
    const before = returned.answers[itemId] ?? null
    const after = record.answers[itemId] ?? null
    const photosBefore = returned.evidence[itemId] ?? []
    const photosAfter = record.evidence[itemId] ?? []
    if (deepEqual(before, after) && deepEqual(photosBefore, photosAfter)) return []
    return [{ itemId, before, after, photosBefore: photosBefore.length, photosAfter: photosAfter.length }]
  })
}
