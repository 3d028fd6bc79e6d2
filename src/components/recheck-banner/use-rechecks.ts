import { useEffect, useState } from 'react'
import type { ActionOutput, RecheckState } from '../../shared'
import { callAction } from '../../services/cloud'

export type Rechecks = ActionOutput<'review.rechecks'>

/** The year's 公示 and 复核 requests, read again whenever `refreshKey` changes; null before (or without) an answer. */
export function useRechecks(year: number, refreshKey?: unknown): Rechecks | null {
  const [data, setData] = useState<Rechecks | null>(null)
  useEffect(() => {
    let live = true
    callAction('review.rechecks', { year })
      .then((d) => live && setData(d))
      .catch(() => live && setData(null))
    return () => {
      live = false
    }
  }, [year, refreshKey])
  return data
}

/** A submission's 复核 as the list rows tag it: 复核中 while it waits for its answer, 已复核 after. */
export function recheckOf(data: Rechecks | null, submissionId: string | null): RecheckState {
  if (!data || !submissionId) return 'none'
  if (data.pending.some((p) => p.submissionId === submissionId)) return 'pending'
  return data.answeredIds.includes(submissionId) ? 'answered' : 'none'
}
