import { createHash, randomInt } from 'node:crypto'

/** No 0/O or 1/I: the code is read out and typed on a phone. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const LENGTH = 8

export function newBindingCode(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
}

/** Only this hash is stored; the code is matched trimmed and upper-cased, as people type it. */
export function hashBindingCode(code: string): string {
  return createHash('sha256').update(code.trim().toUpperCase()).digest('hex')
}
