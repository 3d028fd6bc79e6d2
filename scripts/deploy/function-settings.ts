import type { CloudFunctionName } from '../../cloudfunctions/adapters/wx/functions'
import { READING_TIMEOUT_SECONDS } from '../../cloudfunctions/core/reading/read-on-timer'

/** The runtime the bundles target (NODE_TARGET in scripts/build-cloud.ts), as CloudBase names it. */
export const FUNCTION_RUNTIME = 'Nodejs16.13'

/**
 * What each function is given beyond its code: time and memory (a cold start followed by several database
 * calls needs more than the default 3 s; `report` builds whole workbooks, see npm run bench), and which
 * of the deploy's variables it gets — only what it reads, so the setup code lives in `account` alone.
 */
export const FUNCTION_SETTINGS: Readonly<Record<CloudFunctionName, { timeout: number; memorySize: number; vars: readonly string[] }>> = {
  account: { timeout: 10, memorySize: 256, vars: ['BOOTSTRAP_ADMIN_OPENIDS', 'WRITE_LIMIT_PER_MINUTE', 'ADMIN_SETUP_CODE'] },
  submission: { timeout: 10, memorySize: 256, vars: ['BOOTSTRAP_ADMIN_OPENIDS', 'WRITE_LIMIT_PER_MINUTE'] },
  review: {
    timeout: 20,
    memorySize: 256,
    vars: ['BOOTSTRAP_ADMIN_OPENIDS', 'WRITE_LIMIT_PER_MINUTE', 'SUBSCRIBE_TEMPLATE_ID', 'SUBSCRIBE_TEMPLATE_FIELDS', 'SUBSCRIBE_MINIPROGRAM_STATE'],
  },
  admin: {
    timeout: 20,
    memorySize: 256,
    vars: ['BOOTSTRAP_ADMIN_OPENIDS', 'WRITE_LIMIT_PER_MINUTE', 'SUBSCRIBE_TEMPLATE_ID', 'SUBSCRIBE_TEMPLATE_FIELDS', 'SUBSCRIBE_MINIPROGRAM_STATE'],
  },
  report: { timeout: 60, memorySize: 512, vars: ['BOOTSTRAP_ADMIN_OPENIDS', 'WRITE_LIMIT_PER_MINUTE'] },
  // Tesseract peaks at 313 MiB reading a 3000 px photo (npm run bench -- ocr); a run stops claiming 20 s before its timeout.
  reading: { timeout: READING_TIMEOUT_SECONDS, memorySize: 512, vars: [] },
}

/** Variables whose value is never printed. */
export const SECRET_VARS: ReadonlySet<string> = new Set(['ADMIN_SETUP_CODE'])

export const masked = (name: string, value: string) => (SECRET_VARS.has(name) ? `****（已设置，${[...value].length} 个字符）` : value)
