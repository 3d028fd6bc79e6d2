import { useEffect, useState } from 'react'
import type { SocietyAdminView, YearSettings } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { loadErrorText } from '../../../components/page-state'

export interface YearsData {
  /** The current (latest) year's number. */
  current: number
  /** Every year, the current one first. */
  years: YearSettings[]
  societies: SocietyAdminView[]
}

/** The years and the societies (for the extensions), loaded together; `replace` takes a saved year. */
export function useYearSettings() {
  const [data, setData] = useState<YearsData | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = async () => {
    setError(null)
    try {
      const [years, { societies }] = await Promise.all([callAction('review.years', {}), callAction('admin.listSocieties', {})])
      setData({ current: years.current, years: [...years.years].reverse(), societies })
    } catch (e) {
      setError(loadErrorText(e))
    }
  }
  useEffect(() => void load(), [])

  const replace = (saved: YearSettings) =>
    setData((d) => (d ? { ...d, years: d.years.map((y) => (y.year === saved.year ? saved : y)) } : d))

  return { data, error, reload: load, replace }
}

/** A failed save's message, for a toast or beside the field. */
export const failureText = (e: unknown): string => (e instanceof Error ? e.message : '保存失败，请重试')
