import type { Store } from '../../cloudfunctions/core/ports'

export type StoreMethod = keyof Store

/** The store with one method failing on its `nth` call (once), as a database that drops a request would. */
export function faultyStore<S extends Store>(store: S, method: StoreMethod, nth: number): S & { injected(): boolean } {
  let calls = 0
  let injected = false
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'injected') return () => injected
      const value = Reflect.get(target, key, receiver) as unknown
      if (key !== method || typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        if (++calls === nth) {
          injected = true
          throw new Error(`injected fault: ${String(method)} call ${nth}`)
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  }) as S & { injected(): boolean }
}
