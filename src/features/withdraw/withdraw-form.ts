import Taro from '@tarojs/taro'
import type { SubmissionView } from '../../shared'
import { callAction } from '../../services/cloud'

/**
 * 撤回: asks first, then takes the submitted form back to 填写中. Answers the new view, or null when the user
 * changed their mind or the server refused (a reviewer has opened it: the reason is shown).
 */
export async function withdrawForm(year: number): Promise<SubmissionView | null> {
  const { confirm } = await Taro.showModal({
    title: '撤回自评表',
    content: '撤回后自评表回到“填写中”，可以修改后重新提交。审核员已开始审核的不能撤回。',
    confirmText: '撤回',
    confirmColor: '#1f6fd6',
  })
  if (!confirm) return null
  try {
    const view = await callAction('submission.withdraw', { year })
    void Taro.showToast({ title: '已撤回，可以修改了', icon: 'none' })
    return view
  } catch (e) {
    const message = e instanceof Error ? e.message : '撤回失败，请重试'
    await Taro.showModal({ title: '不能撤回', content: message, showCancel: false })
    return null
  }
}
