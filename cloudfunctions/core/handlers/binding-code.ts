import { createHash } from 'node:crypto'
import { newOneTimeCode, typedCode } from './one-time-code'

export const newBindingCode = (): string => newOneTimeCode(8)

/** Only this hash is stored; the code is matched as people type it (`typedCode`). */
export function hashBindingCode(code: string): string {
  return createHash('sha256').update(typedCode(code)).digest('hex')
}
