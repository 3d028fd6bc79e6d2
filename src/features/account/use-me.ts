import { useCallback, useEffect, useState } from 'react'
import type { Me } from '../../shared'
import { callAction } from '../../services/cloud'
import { loadErrorText } from '../../components/page-state/load-error'

/** One copy of "who am I" for every page: fetched once, shared, refreshed on demand. */
interface MeState {
  me: Me | null
  loading: boolean
  error: string | null
}

let state: MeState = { me: null, loading: false, error: null }
let inflight: Promise<void> | null = null
const listeners = new Set<(s: MeState) => void>()

function publish(next: MeState): void {
  state = next
  listeners.forEach((listener) => listener(state))
}

function loadMe(): Promise<void> {
  if (!inflight) {
    publish({ ...state, loading: true, error: null })
    inflight = callAction('account.whoami', {})
      .then((me) => publish({ me, loading: false, error: null }))
      .catch((e: unknown) => publish({ ...state, loading: false, error: loadErrorText(e) }))
      .finally(() => {
        inflight = null
      })
  }
  return inflight
}

/** Reads who the user is again, now (one request however many ask at once); resolves to the answer, null on failure. */
export async function refreshMe(): Promise<Me | null> {
  await loadMe()
  return state.me
}

/** The shared copy as it stands (null before the first answer). */
export const currentMe = (): Me | null => state.me

/** Stores a Me that an action answered with (bind, updateProfile), so every page sees it at once. */
export function rememberMe(me: Me): void {
  publish({ me, loading: false, error: null })
}

/** Drops the shared copy (tests; a switched identity in the H5 dev login). */
export function forgetMe(): void {
  publish({ me: null, loading: false, error: null })
}

/** `fetch: false` only listens: a page that knows its year from its link needs no round trip for it. */
export function useMe({ fetch = true }: { fetch?: boolean } = {}): MeState & { refresh(): Promise<void> } {
  const [snapshot, setSnapshot] = useState(state)
  useEffect(() => {
    listeners.add(setSnapshot)
    setSnapshot(state)
    // A failed load (offline, or before the H5 dev login) is retried by the next page that needs it.
    if (!state.me && fetch) void loadMe()
    return () => {
      listeners.delete(setSnapshot)
    }
  }, [])
  const refresh = useCallback(() => loadMe(), [])
  return { ...snapshot, refresh }
}
