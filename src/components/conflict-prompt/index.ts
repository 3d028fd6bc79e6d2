import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { getRubric, itemById } from '../../shared/rubric'
import type { DraftConflict } from '../../features/draft'
import { APP_BLUE } from '../../styles/colours'
import { CONFLICT_TITLE, KEEP_MINE, TAKE_THEIRS, conflictText } from './conflict-text'

/**
 * Every page that edits the draft asks with the same native modal; pages below the top one stay mounted, so one
 * flag for the whole app keeps a conflict from being asked twice at once.
 */
let asking = false

/**
 * Asks, one item at a time, which of two devices' answers to keep: WeChat's own modal (Taro.showModal), which
 * costs the main package nothing, instead of a drawn dialog.
 */
export function useConflictPrompt(year: number, conflicts: DraftConflict[], onResolve: (itemId: string, keep: 'mine' | 'theirs') => void): void {
  const conflict = conflicts[0]
  const waiting = conflicts.length - 1
  useEffect(() => {
    const item = conflict ? itemById(getRubric(year)).get(conflict.itemId) : undefined
    if (!conflict || !item || asking) return
    asking = true
    Taro.showModal({
      title: CONFLICT_TITLE,
      content: conflictText(item, conflict.mine, conflict.theirs, waiting),
      confirmText: KEEP_MINE,
      cancelText: TAKE_THEIRS,
      confirmColor: APP_BLUE,
    }).then(
      ({ confirm }) => {
        asking = false
        onResolve(conflict.itemId, confirm ? 'mine' : 'theirs')
      },
      // Not shown (another modal was up): the conflict stays in the draft and is asked on the next change or visit.
      () => {
        asking = false
      },
    )
  }, [year, conflict, waiting, onResolve])
}
