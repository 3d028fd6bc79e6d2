import { useEffect, useRef, useState } from 'react'
import { MAX_PAGE_SIZE, MAX_SEARCH_CHARS, tooLongMessage, type ListScope, type StatusCounts, type SubmissionListRow } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { loadErrorText } from '../../../components/page-state'
import { readPage } from '../../../features/paging/paged-list'
import { PAGE_SIZE, listInput, type ListQuery } from './list-query'

const SEARCH_DELAY_MS = 400

/** What is wrong with the search as typed (too long for the server), said under the box instead of asking. */
export const searchProblem = (search: string) => tooLongMessage('搜索词', search.trim(), MAX_SEARCH_CHARS)

interface Listing {
  /** The year these rows are of (the page may have switched to another since). */
  year: number
  rows: SubmissionListRow[]
  total: number
  page: number
  counts: StatusCounts
  scope: ListScope
}

/** The year's submissions for a query, page by page; a newer query's answer always wins over an older one's. */
export function useReviewList(year: number, query: ListQuery) {
  const [listing, setListing] = useState<Listing | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)
  const latest = useRef(0)

  const shown = useRef<Listing | null>(null)
  shown.current = listing

  const read = (page: number) =>
    readPage(page, {
      shown: shown.current,
      keyOf: (row) => row.societyId,
      pageSize: PAGE_SIZE,
      maxPageSize: MAX_PAGE_SIZE,
      fetch: (n, size) => callAction('review.list', listInput(year, query, n, size)),
    })

  const load = async (page: number) => {
    if (searchProblem(query.search)) return
    const request = ++latest.current
    setLoading(true)
    setError(null)
    try {
      const result = await read(page)
      if (request !== latest.current) return
      setListing({ year, rows: result.rows, total: result.total, page: result.page, counts: result.counts, scope: result.scope })
    } catch (e) {
      if (request === latest.current) setError(loadErrorText(e))
    } finally {
      if (request === latest.current) setLoading(false)
    }
  }

  // Typing in the search box waits for a pause; tabs and sort apply at once.
  const searchRef = useRef(query.search)
  useEffect(() => {
    const typed = searchRef.current !== query.search
    searchRef.current = query.search
    if (!typed) return void load(1)
    const timer = setTimeout(() => void load(1), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [year, query.scope, query.status, query.sort, query.search])

  return {
    listing,
    error,
    loading,
    reload: () => load(1),
    loadMore: () => (listing ? load(listing.page + 1) : Promise.resolve()),
  }
}
