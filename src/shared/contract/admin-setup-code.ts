/**
 * The deployer's one-time admin setup code (ADMIN_SETUP_CODE in the cloud functions and the emulator):
 * long enough that the per-minute write limit makes guessing it hopeless, and typeable from a message.
 */
export const ADMIN_SETUP_CODE_MIN = 12
export const ADMIN_SETUP_CODE_MAX = 64
export const ADMIN_SETUP_CODE_PATTERN = /^[A-Za-z0-9_-]{12,64}$/
export const ADMIN_SETUP_CODE_RULE = `${ADMIN_SETUP_CODE_MIN}–${ADMIN_SETUP_CODE_MAX} 个字母、数字、- 或 _`
