import Taro from '@tarojs/taro'
import { rubricItems, type Rubric, type SubmissionView } from '../../../shared'

/** Items without a final score yet: the ones 采纳自评分 would settle. */
export const unreviewedItems = (rubric: Rubric, view: SubmissionView): string[] =>
  rubricItems(rubric)
    .map((i) => i.id)
    .filter((id) => typeof view.review?.items[id]?.finalScore !== 'number')

/** Asks before taking the self score as final for every item not yet reviewed; true when confirmed. */
export async function confirmAcceptAll(count: number, unsaved: number): Promise<boolean> {
  const { confirm } = await Taro.showModal({
    title: '采纳其余自评分',
    content:
      `尚未审核的 ${count} 项将以自评分作为最终得分，已审核的项不变。` +
      (unsaved > 0 ? `另有 ${unsaved} 项正在编辑、尚未保存，不受影响。` : ''),
    confirmText: '全部采纳',
    confirmColor: '#1f6fd6',
  })
  return confirm
}
