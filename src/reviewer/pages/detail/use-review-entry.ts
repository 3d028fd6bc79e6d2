import { useEffect, useRef, useState } from 'react'
import { SAVE_DELAY_MS, retryDelay } from '../../../features/draft/backoff'
import { onReconnect } from '../../../features/draft/network-watch'
import { readTyped, writeTyped, type TypedEntry } from './review-drafts'

interface EntryOptions {
  submissionId: string
  itemId: string
  savedScore: string
  savedComment: string
  /** Whether the server is still taking scores (only then does typing save itself). */
  editable: boolean
  /** The entry as the server will check it; autosave runs only for a valid one. */
  isValid(score: string, comment: string): boolean
  /** Saves a valid entry; false when it did not go through (then it is retried). */
  save(score: string, comment: string): Promise<boolean>
}

/**
 * An item's final score and comment as the reviewer types them: kept on the phone at once, saved to the
 * server after a pause once valid, retried after a failure and when the network comes back. Survives a reload.
 */
export function useReviewEntry({ submissionId, itemId, savedScore, savedComment, editable, isValid, save }: EntryOptions) {
  const [typed, setTyped] = useState<TypedEntry>(
    () => (editable ? readTyped(submissionId, itemId) : null) ?? { score: savedScore, comment: savedComment },
  )
  const [attempt, setAttempt] = useState(0)
  const [pending, setPending] = useState(false)
  const sent = useRef<TypedEntry | null>(null)

  // The saved values moved on (our save answered, a reload, another reviewer): adopt them, unless the
  // reviewer typed on while the save was in flight.
  const firstRun = useRef(true)
  useEffect(() => {
    if (firstRun.current) return void (firstRun.current = false)
    setTyped((current) => {
      const typedOn = sent.current && (current.score !== sent.current.score || current.comment !== sent.current.comment)
      return typedOn ? current : { score: savedScore, comment: savedComment }
    })
    sent.current = null
  }, [savedScore, savedComment])

  const dirty = typed.score.trim() !== savedScore || typed.comment.trim() !== savedComment

  useEffect(() => {
    if (!editable) return
    writeTyped(submissionId, itemId, dirty ? typed : null)
    if (!dirty || !isValid(typed.score, typed.comment)) return setPending(dirty)
    setPending(true)
    const timer = setTimeout(
      async () => {
        sent.current = typed
        const ok = await save(typed.score, typed.comment)
        if (!ok) setAttempt((n) => n + 1)
      },
      attempt === 0 ? SAVE_DELAY_MS : retryDelay(attempt - 1),
    )
    return () => clearTimeout(timer)
  }, [typed, dirty, editable, attempt])

  useEffect(() => onReconnect(() => setAttempt((n) => n + 1)), [])

  return {
    score: typed.score,
    comment: typed.comment,
    dirty,
    /** Typed and kept on this phone, not yet on the server. */
    pending,
    setScore: (score: string) => {
      setAttempt(0)
      setTyped((t) => ({ ...t, score }))
    },
    setComment: (comment: string) => {
      setAttempt(0)
      setTyped((t) => ({ ...t, comment }))
    },
  }
}
