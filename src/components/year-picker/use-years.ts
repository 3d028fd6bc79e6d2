import { useCallback, useEffect, useState } from 'react'
import type { YearSettings } from '../../shared'
import { callAction } from '../../services/cloud'
import { loadErrorText } from '../page-state/load-error'

export interface YearsState {
  /** Every year, the current (latest) first; null until read. */
  years: YearSettings[] | null
  current: number | null
  error: string | null
  reload(): Promise<void>
  /** Takes a year the server answered with after a change (a deadline, a close). */
  replace(saved: YearSettings): void
}

/** The years for a year picker (review.years: reviewers and the admin). */
export function useYears(): YearsState {
  const [years, setYears] = useState<YearSettings[] | null>(null)
  const [current, setCurrent] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(async () => {
    setError(null)
    try {
      const answer = await callAction('review.years', {})
      setYears([...answer.years].reverse())
      setCurrent(answer.current)
    } catch (e) {
      setError(loadErrorText(e))
    }
  }, [])
  useEffect(() => void reload(), [reload])
  const replace = useCallback(
    (saved: YearSettings) => setYears((list) => list && list.map((y) => (y.year === saved.year ? saved : y))),
    [],
  )
  return { years, current, error, reload, replace }
}
