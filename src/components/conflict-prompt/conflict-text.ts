import type { ItemAnswer, RubricItem } from '../../shared'
import { describeAnswer } from '../answer-widgets/describe-answer'

/** WeChat's showModal refuses a button text longer than 4 Chinese characters (a Latin letter counts half). */
export const MODAL_BUTTON_MAX = 4

export const CONFLICT_TITLE = '两台设备改了同一项'
export const KEEP_MINE = '保留本机'
export const TAKE_THEIRS = '另一台的'

/**
 * The prompt's text: the item, both devices' answers in words (one fact a line; WeChat's modal keeps the line
 * breaks and scrolls a long text) and how many more conflicts wait.
 */
export function conflictText(item: RubricItem, mine: ItemAnswer | null, theirs: ItemAnswer | null, waiting: number): string {
  return [
    `${item.id} ${item.indicator}`,
    '本机的内容：',
    ...describeAnswer(item, mine),
    '另一台设备的内容：',
    ...describeAnswer(item, theirs),
    ...(waiting > 0 ? [`还有${waiting}项待选择`] : []),
  ].join('\n')
}
