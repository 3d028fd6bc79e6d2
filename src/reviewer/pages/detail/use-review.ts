import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { ActionError, type SubmissionView } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { loadErrorText } from '../../../components/page-state'

/** Someone else moved the submission on (another reviewer returned or finalized it, or changed it meanwhile). */
const isStale = (e: unknown): e is ActionError => e instanceof ActionError && (e.code === 'INVALID_STATE' || e.code === 'CONFLICT')

/** Last year beside this one comes with review.get only: a view another action answers keeps it. */
const withLastYear = (next: SubmissionView, shown: SubmissionView | null): SubmissionView => ({
  ...next,
  previousYear: next.previousYear !== undefined ? next.previousYear : shown?.previousYear,
  risenOnSamePhoto: next.risenOnSamePhoto ?? shown?.risenOnSamePhoto,
})

/** One submission under review: loads it, and runs review actions, adopting the view each one answers. */
export function useReview(submissionId: string) {
  const [view, setView] = useState<SubmissionView | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    setError(null)
    try {
      setView(await callAction('review.get', { submissionId }))
    } catch (e) {
      setError(loadErrorText(e))
    }
  }, [submissionId])
  useEffect(() => void load(), [load])

  /** Runs an action; true when it went through. A stale view is explained and reloaded; other failures toasted. */
  const run = async (action: () => Promise<SubmissionView>): Promise<boolean> => {
    try {
      const next = await action()
      setView((shown) => withLastYear(next, shown))
      return true
    } catch (e) {
      if (isStale(e)) {
        await Taro.showModal({ title: '填报已有变化', content: `${e.message}。已为您重新加载最新内容。`, showCancel: false })
        await load()
      } else {
        void Taro.showToast({ title: loadErrorText(e), icon: 'none' })
      }
      return false
    }
  }

  return { view, error, load, run }
}
