/** Every error code an action can answer with; messages for users are in Chinese. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'NOT_BOUND',
  'FORBIDDEN',
  'INVALID_INPUT',
  'NOT_FOUND',
  'BAD_BINDING_CODE',
  'BAD_INVITE_CODE',
  'ALREADY_BOUND',
  'CONFLICT',
  'INVALID_STATE',
  'INCOMPLETE',
  'TOO_MANY_PHOTOS',
  'DEADLINE_PASSED',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNKNOWN_ACTION',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  UNAUTHENTICATED: '未能识别您的身份，请重新进入小程序',
  NOT_BOUND: '请先绑定所在学会',
  FORBIDDEN: '您没有权限进行此操作',
  INVALID_INPUT: '填写的内容有误',
  NOT_FOUND: '没有找到相应的记录',
  BAD_BINDING_CODE: '绑定码不正确，请向管理员核实',
  BAD_INVITE_CODE: '邀请码不正确、已使用或已过期，请向管理员索取新的邀请码',
  ALREADY_BOUND: '您已绑定学会',
  CONFLICT: '另一台设备刚刚修改了同一项，请选择保留哪一份',
  INVALID_STATE: '当前状态不允许此操作',
  INCOMPLETE: '还有未填写完整的指标',
  TOO_MANY_PHOTOS: '每项最多上传9张照片',
  DEADLINE_PASSED: '本年度填报已截止',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  UNKNOWN_ACTION: '不支持的操作',
  INTERNAL: '服务暂时不可用，请稍后再试',
}

/** A failure a handler means to report: it reaches the user as `{ ok: false, code, message, details }`. */
export class ActionError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_MESSAGE[code],
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'ActionError'
  }
}

export type ActionFailure = { ok: false; code: ErrorCode; message: string; details?: unknown }
export type ActionResult<T> = { ok: true; data: T } | ActionFailure
