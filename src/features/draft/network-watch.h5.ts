/** Calls back when the browser goes back online. */
export function onReconnect(callback: () => void): () => void {
  window.addEventListener('online', callback)
  return () => window.removeEventListener('online', callback)
}
