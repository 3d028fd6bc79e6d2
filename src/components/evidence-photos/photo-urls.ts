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

/** Fetches (and caches) URLs for the ids not cached yet; answers every id's URL that exists. */
export async function fetchPhotoUrls(fileIds: readonly string[]): Promise<Record<string, string>> {
  const missing = fileIds.filter((id) => !cache.has(id))
  if (missing.length > 0) {
    const { urls } = await callAction('evidence.urls', { fileIds: missing })
    Object.entries(urls).forEach(([id, url]) => cache.set(id, url))
  }
  return known(fileIds)
}

export interface PhotoUrls {
  urls: Record<string, string>
  /** The request for URLs failed (network): show "无法加载", not "missing". */
  failed: boolean
  /** Ids storage no longer has (the server gave no URL): shown as missing, not as a broken image. */
  missing: ReadonlySet<string>
}

/** The display URL of each file id, fetched with evidence.urls for those not cached yet. */
export function usePhotoUrls(fileIds: readonly string[]): PhotoUrls {
  const [urls, setUrls] = useState(() => known(fileIds))
  const [failed, setFailed] = useState(false)
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set())
  const key = fileIds.join('\n')

  useEffect(() => {
    let live = true
    setUrls(known(fileIds))
    if (fileIds.every((id) => cache.has(id))) return
    fetchPhotoUrls(fileIds)
      .then((found) => {
        if (!live) return
        setFailed(false)
        setUrls(found)
        setMissing(new Set(fileIds.filter((id) => !found[id])))
      })
      .catch(() => live && setFailed(true))
    return () => {
      live = false
    }
    // `key` stands for the ids' contents; the array itself is new on every render.
  }, [key])

  return { urls, failed, missing }
}
