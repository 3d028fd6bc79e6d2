import { useState } from 'react'

/**
 * A long list drawn `step` rows at a time, for lists the page already holds whole: the rows to draw, and the
 * props of the 加载更多 under them. When `resetKey` changes (a new filter or search), it starts again at `step`.
 */
export function useShownRows<T>(rows: readonly T[], step: number, resetKey: unknown = null) {
  const [count, setCount] = useState(step)
  const [key, setKey] = useState(resetKey)
  if (key !== resetKey) {
    setKey(resetKey)
    setCount(step)
  }
  return {
    visible: rows.slice(0, count),
    count,
    more: { shown: Math.min(count, rows.length), total: rows.length, loading: false, onLoad: () => setCount((n) => n + step) },
  }
}
