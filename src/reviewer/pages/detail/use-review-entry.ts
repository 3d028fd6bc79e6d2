import { useEffect, useRef, useState } from 'react'
import { SAVE_DELAY_MS, retryDelay } from '../../../features/draft/backoff'
import { onReconnect } from '../../../features/draft/network-watch'
import { readTyped, writeTyped, type TypedEntry } from './review-drafts'
import { readTypedNumber } from '../../../shared'

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

  // Another reviewer's version of this item, saved while this reviewer's own differed: both are shown, nothing
  // is saved over it until the reviewer chooses.
  const [theirs, setTheirs] = useState<TypedEntry | null>(null)
  const previous = useRef<TypedEntry>({ score: savedScore, comment: savedComment })

  // The saved values moved on (our save answered, a reload, another reviewer): adopt them, unless the
  // reviewer typed on while the save was in flight, or they are another reviewer's over an entry of one's own.
  const firstRun = useRef(true)
  useEffect(() => {
    const saved = { score: savedScore, comment: savedComment }
    const before = previous.current
    previous.current = saved
    if (firstRun.current) return void (firstRun.current = false)
    const mine = sent.current
    sent.current = null
    // "4,5" typed and "4.5" saved are the same score.
    const scoreOf = (text: string) => readTypedNumber(text) ?? text.trim()
    const same = (a: TypedEntry, b: TypedEntry) => scoreOf(a.score) === scoreOf(b.score) && a.comment.trim() === b.comment
    setTyped((current) => {
      if (mine && same(mine, saved)) return same(current, mine) ? saved : current // our own save came back
      if (same(current, before) || same(current, saved)) return saved // nothing of one's own to keep
      setTheirs(saved)
      return current
    })
  }, [savedScore, savedComment])

  const dirty = typed.score.trim() !== savedScore || typed.comment.trim() !== savedComment

  useEffect(() => {
    if (!editable) return
    writeTyped(submissionId, itemId, dirty ? typed : null)
    if (theirs || !dirty || !isValid(typed.score, typed.comment)) return setPending(dirty)
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
  }, [typed, dirty, editable, attempt, theirs])

  useEffect(() => onReconnect(() => setAttempt((n) => n + 1)), [])

  return {
    score: typed.score,
    comment: typed.comment,
    dirty,
    /** Typed and kept on this phone, not yet on the server. */
    pending,
    /** Another reviewer's saved version, shown beside this reviewer's own until one is chosen. */
    theirs,
    keepMine: () => {
      setTheirs(null)
      setAttempt(0)
    },
    takeTheirs: () => {
      if (theirs) setTyped(theirs)
      setTheirs(null)
    },
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
