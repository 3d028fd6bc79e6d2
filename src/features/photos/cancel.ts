/** WeChat and Taro report a dismissed picker as a failure whose errMsg ends in "cancel". */
export const isCancel = (e: unknown): boolean => /cancel/i.test(String((e as { errMsg?: unknown })?.errMsg ?? ''))
