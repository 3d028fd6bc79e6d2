import Taro from '@tarojs/taro'
import { chineseDate, isPast } from '../../../shared'

/**
 * A deadline already past closes filling the moment it is saved: the admin says so first. True when the date
 * is not past, or the admin confirms. `what`: whose filling closes, e.g. 2023年度的填报, 自治区农学会的填报.
 */
export async function confirmIfPast(deadline: string, what: string): Promise<boolean> {
  if (!isPast(deadline, new Date())) return true
  const { confirm } = await Taro.showModal({
    title: '截止日期已过',
    content: `${chineseDate(deadline)}已经过去：保存后${what}立即截止，尚未提交的不能再修改或提交。确定保存吗？`,
    confirmText: '仍然保存',
  })
  return confirm
}
