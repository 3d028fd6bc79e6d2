import { useEffect, useState } from 'react'
import type { ActionOutput } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { loadErrorText } from '../../../components/page-state'

export type ReminderPreview = ActionOutput<'admin.previewReminders'>

/** A pause after typing before the preview is asked for. */
const PREVIEW_DELAY_MS = 400

/**
 * Who the schedule `days` would remind, asked of the server once the admin stops typing. `shownFor` says
 * which schedule the preview on screen is of, so that saving waits until the admin has seen it.
 */
export function useReminderPreview(year: number, days: readonly number[] | null) {
  const key = days ? days.join(',') : null
  const [preview, setPreview] = useState<{ key: string; data: ReminderPreview } | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (key === null || !days) return undefined
    let current = true
    const timer = setTimeout(() => {
      setError(null)
      callAction('admin.previewReminders', { year, reminderDaysBefore: [...days] }).then(
        (data) => current && setPreview({ key, data }),
        (e: unknown) => current && setError(loadErrorText(e)),
      )
    }, PREVIEW_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
    // `key` stands for `days`: a new array of the same days asks nothing new.
  }, [year, key])

  return { preview: preview?.data ?? null, shownFor: preview?.key ?? null, error }
}
