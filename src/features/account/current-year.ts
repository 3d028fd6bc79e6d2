import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { FIRST_FORM_YEAR } from '../../shared'
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

/**
 * The store's current year, as `account.whoami` tells it. Until that answer arrives (or offline) the year
 * it told last time, so that the form opened offline is the same one.
 */
export function useCurrentYear(): number {
  const { me } = useMe()
  const year = me?.currentYear.year
  useEffect(() => {
    if (year !== undefined) Taro.setStorageSync(STORAGE_KEY, year)
  }, [year])
  return year ?? rememberedYear()
}
