import { useEffect, useState } from 'react'
import { callAction } from '../../services/cloud'

/** Display URLs of evidence files, shared by every photo grid on every page. */
const cache = new Map<string, string>()

/** Shows a just-uploaded photo from its local copy, without asking the server for a URL. */
export function rememberPhotoUrl(fileId: string, url: string): void {
  cache.set(fileId, url)
}

const known = (fileIds: readonly string[]): Record<string, string> =>
  Object.fromEntries(fileIds.flatMap((id) => (cache.has(id) ? [[id, cache.get(id) as string]] : [])))

/** The display URL of each file id, fetched with evidence.urls for those not cached yet. */
export function usePhotoUrls(fileIds: readonly string[]): { urls: Record<string, string>; failed: boolean } {
  const [urls, setUrls] = useState(() => known(fileIds))
  const [failed, setFailed] = useState(false)
  const key = fileIds.join('\n')

  useEffect(() => {
    let live = true
    setUrls(known(fileIds))
    const missing = fileIds.filter((id) => !cache.has(id))
    if (missing.length === 0) return
    callAction('evidence.urls', { fileIds: missing })
      .then(({ urls: fetched }) => {
        Object.entries(fetched).forEach(([id, url]) => cache.set(id, url))
        if (live) {
          setFailed(false)
          setUrls(known(fileIds))
        }
      })
      .catch(() => live && setFailed(true))
    return () => {
      live = false
    }
    // `key` stands for the ids' contents; the array itself is new on every render.
  }, [key])

  return { urls, failed }
}
