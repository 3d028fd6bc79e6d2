import type { SubmissionView } from '../../shared'

export type ItemState = 'unanswered' | 'answered' | 'returned'

export const ITEM_STATE_LABEL: Record<ItemState, string> = { unanswered: '未答', answered: '已答', returned: '需修改' }

/** 需修改 while the form is back with the society and the reviewer named the item; else by completeness. */
export function itemState(itemId: string, complete: boolean, submission: SubmissionView | null): ItemState {
  if (submission?.status === 'returned' && submission.returnReasons?.items[itemId] !== undefined) return 'returned'
  return complete ? 'answered' : 'unanswered'
}
