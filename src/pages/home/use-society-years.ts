import { useCallback, useEffect, useState } from 'react'
import type { SocietyYear } from '../../shared/contract/year-entities'
import { callAction } from '../../services/cloud'

/** The society's years (newest first), read again whenever `reload` is called; empty until the first answer. */
export function useSocietyYears() {
  const [years, setYears] = useState<SocietyYear[]>([])
  const reload = useCallback(() => {
    callAction('submission.years', {})
      .then((answer) => setYears(answer.years))
      .catch(() => undefined) // 往年 is a list of links; the form itself reports a failed load.
  }, [])
  useEffect(reload, [reload])
  return { years, reload }
}
