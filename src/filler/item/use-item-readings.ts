import { useEffect, useState } from 'react'
import type { EvidenceReadings } from '../../shared'
import { callAction } from '../../services/cloud'
import { anyPending } from '../../components/evidence-readings/reading-text'

/** While a photo is being read, its item asks again this often; it gives up after POLL_LIMIT asks (re-opening the page asks again). */
const POLL_MS = 3000
const POLL_LIMIT = 100
const NONE: EvidenceReadings = {}

/**
 * What reading found on the item's photos, asked again while any is still pending, so that a flag
 * (这张照片上的日期是2021年) appears on the page soon after the reading is done.
 */
export function useItemReadings(year: number, itemId: string, photoIds: readonly string[], enabled: boolean): EvidenceReadings {
  const [readings, setReadings] = useState<EvidenceReadings>(NONE)
  const key = photoIds.join('|')
  useEffect(() => {
    if (!enabled || key === '') return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const ask = async (left: number) => {
      try {
        const found = (await callAction('evidence.readings', { year, itemId })).readings
        if (stopped) return
        setReadings(found)
        if (!anyPending(key.split('|'), found) || left <= 0) return
      } catch {
        if (stopped || left <= 0) return
      }
      timer = setTimeout(() => void ask(left - 1), POLL_MS)
    }
    void ask(POLL_LIMIT)
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [year, itemId, key, enabled])
  return readings
}
