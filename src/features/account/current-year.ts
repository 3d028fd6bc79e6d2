import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { FIRST_FORM_YEAR } from '../../shared/rubric'
import { useMe } from './use-me'

const STORAGE_KEY = 'currentYear'

function rememberedYear(): number {
  try {
    const stored: unknown = Taro.getStorageSync(STORAGE_KEY)
    return typeof stored === 'number' && Number.isInteger(stored) ? stored : FIRST_FORM_YEAR
  } catch {
    return FIRST_FORM_YEAR
  }
}

const yearIn = (raw: string | undefined): number | null => {
  const year = Number(raw)
  return raw && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null
}

/**
 * The year a page works in: the one in its link (`?year=`) when there is one, else the store's current
 * year as `account.whoami` tells it — until that answer arrives (or offline) the one it told last time, so
 * that the form opened offline is the same one.
 */
export function useCurrentYear(fromLink?: string): number {
  const linked = yearIn(fromLink)
  const { me } = useMe({ fetch: linked === null })
  // A server from before years were data answers without it.
  const year = me?.currentYear?.year
  useEffect(() => {
    if (year !== undefined) Taro.setStorageSync(STORAGE_KEY, year)
  }, [year])
  return linked ?? year ?? rememberedYear()
}
