import { NetworkError } from '../../services/network-error'

/** Why a page's data did not load, for the user: NetworkError's own text speaks of saving, not loading. */
export const loadErrorText = (e: unknown): string =>
  e instanceof NetworkError ? '网络不可用，请检查网络后重试' : e instanceof Error ? e.message : '加载失败，请重试'
