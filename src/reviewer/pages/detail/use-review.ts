import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { ActionError, type ScoresSaved, type SubmissionView } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { loadErrorText } from '../../../components/page-state'
import { applyScoresSaved, type SentScores } from './apply-scores'

/** Someone else moved the submission on (another reviewer returned or finalized it, or changed it meanwhile). */
const isStale = (e: unknown): e is ActionError => e instanceof ActionError && (e.code === 'INVALID_STATE' || e.code === 'CONFLICT')

/** Last year beside this one comes with review.get only: a view another action answers keeps it. */
const withLastYear = (next: SubmissionView, shown: SubmissionView | null): SubmissionView => ({
  ...next,
  previousYear: next.previousYear !== undefined ? next.previousYear : shown?.previousYear,
  risenOnSamePhoto: next.risenOnSamePhoto ?? shown?.risenOnSamePhoto,
})

/**
 * One submission under review: loads it, and runs review actions, adopting the view each one answers, or
 * applying what a save of scores changed to the page's copy (reloaded when the copy disagrees with it).
 */
export function useReview(submissionId: string) {
  const [view, setView] = useState<SubmissionView | null>(null)
  const [error, setError] = useState<string | null>(null)
  /** The submission does not exist (a wrong or stale link): loading it again cannot help. */
  const [missing, setMissing] = useState(false)
  const shown = useRef<SubmissionView | null>(null)
  shown.current = view

  const load = useCallback(async () => {
    setError(null)
    try {
      setView(await callAction('review.get', { submissionId }))
    } catch (e) {
      setError(loadErrorText(e))
      setMissing(e instanceof ActionError && e.code === 'NOT_FOUND')
    }
  }, [submissionId])
  useEffect(() => void load(), [load])

  /** Runs an action; true when it went through. A stale view is explained and reloaded; other failures toasted. */
  const attempt = async (action: () => Promise<void>): Promise<boolean> => {
    try {
      await action()
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

  const run = (action: () => Promise<SubmissionView>) =>
    attempt(async () => {
      const next = await action()
      setView((current) => withLastYear(next, current))
    })

  /** Runs a save of scores; `sent` says what it sent per item, given the copy it is applied to. */
  const save = (action: () => Promise<ScoresSaved>, sent: (copy: SubmissionView, answer: ScoresSaved) => SentScores) =>
    attempt(async () => {
      const answer = await action()
      const copy = shown.current
      const next = copy && applyScoresSaved(copy, sent(copy, answer), answer)
      if (!next) return load()
      shown.current = next
      setView(next)
    })

  return { view, error, missing, load, run, save }
}
