import Taro from '@tarojs/taro'

/** What the user was doing when WeChat refused a privacy API, in the words of the button they tapped. */
export const PRIVACY_USES = {
  photos: { what: '拍照或从相册选择照片', button: '拍照或相册' },
  documents: { what: '从微信聊天选择文件', button: '添加文件' },
  importFile: { what: '从微信聊天选择名单文件', button: '选择文件' },
  inviteCode: { what: '复制邀请码', button: '复制邀请码' },
  reportLink: { what: '复制下载链接', button: '同一按钮' },
} as const
export type PrivacyUse = keyof typeof PRIVACY_USES

/**
 * WeChat's failure when the user refused the privacy guide (`…:fail privacy permission is not authorized`,
 * errno 104) or the guide does not declare the API (errno 112).
 */
export function isPrivacyRefusal(error: unknown): boolean {
  const { errMsg, errno } = (error ?? {}) as { errMsg?: unknown; errno?: unknown }
  return errno === 104 || errno === 112 || /privacy|隐私/i.test(String(errMsg ?? ''))
}

/** What a refusal means and what to do next; nothing typed or uploaded is affected. */
export function privacyRefusalText(use: PrivacyUse): string {
  const { what, button } = PRIVACY_USES[use]
  const again = button === '同一按钮' ? '再点一次同一按钮' : `再点“${button}”`
  return `未同意隐私保护指引，无法${what}。需要时${again}，在弹出的说明中点“同意”即可；已填写的内容不受影响。`
}

/** Says so in a modal the user closes: the page stays as it was. */
export function tellPrivacyRefused(use: PrivacyUse): void {
  void Taro.showModal({ title: '未同意隐私保护指引', content: privacyRefusalText(use), showCancel: false, confirmText: '知道了' })
}
